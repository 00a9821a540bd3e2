import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoChildren, pick } from '../harness/demoChildren.ts';
import { startTestHub, TEST_POPULATION, type TestHub } from '../harness/testHub.ts';

const execute = promisify(execFile);
const ROOT = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
const child = pick(demoChildren(TEST_POPULATION), 'is a pupil', (c) => c.school !== null);

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
  // One release about the child, so its log has a record to export.
  await hub.query({ role: 'SCHOOL_CARE_COORDINATOR', org: child.school ?? '', purpose: 'CASE_DISCUSSION' }, `{ child(id: "${child.id}") { schoolEnrolment { group } } }`);
});
afterAll(() => hub?.close());

/** Runs `npm run audit:export` as a user would, with the officer's token in the environment. */
async function exportAs(token: string | null, args: string[]) {
  const env = { ...process.env, KETENGRAAF_GATEWAY_URL: hub.gateway.url, KETENGRAAF_TOKEN: token ?? '' };
  try {
    const { stdout, stderr } = await execute('npm', ['run', '-s', 'audit:export', '--', ...args], { cwd: ROOT, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}
const officer = (org: string) => hub.devIssuer.issue({ role: 'PRIVACY_OFFICER', organisation: org, professional: `fg-${org}` });

describe('npm run audit:export', () => {
  it("exports a child's log through the graph as the hub operator's privacy officer, and the export is logged", async () => {
    const out = join(dir, 'child.csv');
    const result = await exportAs(await officer('gemeente-demo'), ['--child', child.id, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const rows = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const logged = await hub.processingLog.forChild(child.id);
    expect(logged.at(-1)).toMatchObject({ professional: 'fg-gemeente-demo', organisation: 'gemeente-demo', role: 'PRIVACY_OFFICER', purpose: 'DATA_SUBJECT_ACCESS' });
  });

  // Regression: the script read the log store directly for whatever --officer and --org it was
  // given; a police "officer" exported a child's log and was logged as such.
  it('exports nothing for another organisation’s privacy officer, nor without a token, and says why', async () => {
    const before = (await hub.processingLog.forChild(child.id)).length;
    const out = join(dir, 'refused.csv');
    const police = await exportAs(await officer('politie-basisteam'), ['--child', child.id, '--out', out]);
    expect(police.code).not.toBe(0);
    expect(police.stderr).toMatch(/refused the export: .*hub's operator/);
    expect(existsSync(out)).toBe(false);
    const anonymous = await exportAs(null, ['--child', child.id, '--out', out]);
    expect(anonymous.code).not.toBe(0);
    expect(anonymous.stderr).toMatch(/KETENGRAAF_TOKEN is not set/);
    expect(existsSync(out)).toBe(false);
    // The refused attempt is itself on the child's log (WITHHELD), nothing else was added.
    const after = await hub.processingLog.forChild(child.id);
    expect(after.slice(before).map((r) => [r.organisation, r.outcome])).toEqual([['politie-basisteam', 'WITHHELD']]);
  });

  it('refuses something that is not a pseudonym with a clear message', async () => {
    const result = await exportAs(await officer('gemeente-demo'), ['--child', '123456782', '--out', '-']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/not a hub pseudonym/);
    expect(result.stdout).toBe('');
  });
});
