import type { CheckResult, SuiteState } from './check.ts';
import { batchingCheck, perChildCheck } from './checks/partnerCallChecks.ts';
import { contextCheck, involvementCheck } from './checks/contextChecks.ts';
import { entitiesCheck } from './checks/entitiesCheck.ts';
import { failureCheck } from './checks/failureCheck.ts';
import { leakCheck } from './checks/leakCheck.ts';
import { pseudonymCheck } from './checks/pseudonymCheck.ts';
import { sdlCheck } from './checks/sdlCheck.ts';
import type { ConformanceTarget } from './target.ts';

/** In this order: the SDL and the held children are what the later checks use; the leak check reads every answer before it. */
export const CHECKS = [sdlCheck, pseudonymCheck, entitiesCheck, contextCheck, involvementCheck, perChildCheck, batchingCheck, failureCheck, leakCheck];

/** Runs the covenant's conformance suite against a running subgraph; a check that throws fails with its message. */
export async function runConformance(target: ConformanceTarget): Promise<CheckResult[]> {
  const state: SuiteState = { target, facts: null, held: new Map() };
  const results: CheckResult[] = [];
  for (const check of CHECKS) {
    try {
      results.push(await check(state));
    } catch (error) {
      results.push({ id: check.name.replace(/Check$/, ''), ok: false, summary: `the check could not run: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return results;
}

/** The report: one line per check, then the verdict. */
export const formatReport = (subgraph: string, results: readonly CheckResult[]) =>
  [
    `Conformance of the ${subgraph} subgraph to the covenant's contract:`,
    ...results.map((r) => `  ${r.ok ? 'PASS' : 'FAIL'}  ${r.id.padEnd(20)} ${r.summary}`),
    results.every((r) => r.ok) ? `Conformant: all ${results.length} checks pass.` : `Not conformant: ${results.filter((r) => !r.ok).length} of ${results.length} checks fail.`,
  ].join('\n');
