import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../schema/vocabulary.ts';
import { runNpm, runToken } from '../harness/runScript.ts';

describe('npm run token', () => {
  it('prints a signed token and nothing else on stdout', async () => {
    const token = await runToken(['--role', 'POLICE_OFFICER', '--org', 'politie-basisteam']);
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(decodeJwt(token)).toMatchObject({ role: 'POLICE_OFFICER', org: 'politie-basisteam', aud: 'ketengraaf-hub' });
  });

  it('lists the valid roles and organisations with --help', async () => {
    const { code, stdout } = await runNpm(['run', '-s', 'token', '--', '--help']);
    expect(code).toBe(0);
    for (const role of ROLES) expect(stdout).toContain(role);
    expect(stdout).toContain('school-esdoorn');
  });

  it('refuses a role that does not fit the organisation, naming the choices', async () => {
    const { code, stdout, stderr } = await runNpm(['run', '-s', 'token', '--', '--role', 'POLICE_OFFICER', '--org', 'school-esdoorn']);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/does not work for school-esdoorn/);
  });

  // Regression: KETENGRAAF_DEV_ISSUER=enabled used to switch the development issuer on in
  // production; it signs for any organisation, so nothing may switch it on there.
  it('is refused in production, whatever else is set', async () => {
    for (const extra of [{}, { KETENGRAAF_DEV_ISSUER: 'enabled' }]) {
      const refused = await runNpm(['run', '-s', 'token', '--', '--role', 'CASE_DIRECTOR', '--org', 'gemeente-demo'], { NODE_ENV: 'production', ...extra });
      expect(refused.code).not.toBe(0);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(/production/);
    }
  });
});
