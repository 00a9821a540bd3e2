import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';

/** Where the demo keeps its checkpoint signing key when none is configured (git-ignored). */
export const DEFAULT_SIGNING_KEY_FILE = new URL('../../.ketengraaf/processing-log-signing-key.json', import.meta.url).pathname;

async function importEc(jwk: JWK, what: string): Promise<CryptoKey> {
  const key = await importJWK(jwk, 'ES256');
  if (key instanceof Uint8Array) throw new Error(`${what} must be an EC P-256 key (ES256), not a secret`);
  return key;
}

function parseJwk(json: string, what: string): JWK {
  try {
    return JSON.parse(json) as JWK;
  } catch {
    throw new Error(`${what} is not a JWK in JSON`);
  }
}

/** The private JWK: `KETENGRAAF_LOG_SIGNING_KEY`, else the file `KETENGRAAF_LOG_SIGNING_KEY_FILE` or the dev key, created on first use outside production. */
function signingJwk(env: NodeJS.ProcessEnv): Promise<JWK> | JWK {
  if (env.KETENGRAAF_LOG_SIGNING_KEY) return parseJwk(env.KETENGRAAF_LOG_SIGNING_KEY, 'KETENGRAAF_LOG_SIGNING_KEY');
  const file = env.KETENGRAAF_LOG_SIGNING_KEY_FILE ?? DEFAULT_SIGNING_KEY_FILE;
  if (existsSync(file)) return parseJwk(readFileSync(file, 'utf8'), file);
  if (env.NODE_ENV === 'production' && !env.KETENGRAAF_LOG_SIGNING_KEY_FILE) {
    throw new Error('KETENGRAAF_LOG_SIGNING_KEY is not set: production signs processing-log checkpoints with its own ES256 key');
  }
  return generateKeyPair('ES256', { extractable: true }).then(async ({ privateKey }) => {
    mkdirSync(dirname(file), { recursive: true });
    try {
      writeFileSync(file, JSON.stringify(await exportJWK(privateKey)), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another process made it first: use theirs
    }
    return parseJwk(readFileSync(file, 'utf8'), file);
  });
}

/** The key the retention job signs checkpoints with (ES256). */
export async function checkpointSigningKey(env: NodeJS.ProcessEnv = process.env): Promise<CryptoKey> {
  return importEc(await signingJwk(env), 'the processing-log signing key');
}

/**
 * The key `audit:verify` checks checkpoints with: `KETENGRAAF_LOG_VERIFY_KEY` (a public JWK, so
 * an auditor needs no private key), else the public half of the signing key.
 */
export async function checkpointVerifyKey(env: NodeJS.ProcessEnv = process.env): Promise<CryptoKey> {
  if (env.KETENGRAAF_LOG_VERIFY_KEY) return importEc(parseJwk(env.KETENGRAAF_LOG_VERIFY_KEY, 'KETENGRAAF_LOG_VERIFY_KEY'), 'KETENGRAAF_LOG_VERIFY_KEY');
  const { d: _private, ...publicJwk } = await signingJwk(env);
  return importEc(publicJwk, 'the processing-log verify key');
}
