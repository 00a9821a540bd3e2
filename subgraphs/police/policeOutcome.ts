import type { PoliceChildRole } from './__generated__/resolvers.ts';
import { CHILD_ROLE } from './policeCodes.ts';
import type { CaseOutcomeSource } from './records.ts';

/** The L3 outcome, derived from the same registrations and care reports the detailed fields show. */
export interface CaseOutcome {
  registrationCount: number;
  roles: PoliceChildRole[];
  lastRegisteredOn: string | null;
  careReportSent: boolean;
  summary: string;
}

const ROLE_WORD: Record<PoliceChildRole, string> = { SUSPECT: 'verdachte', VICTIM: 'slachtoffer', WITNESS: 'getuige', INVOLVED: 'betrokkene' };
const ROLE_ORDER: readonly PoliceChildRole[] = ['SUSPECT', 'VICTIM', 'WITNESS', 'INVOLVED'];

/**
 * Summarises what the police know in one line: counts, roles and dates, never the incident types
 * or texts, because a case table needs the outcome, not the file (Wpg art. 20: only what is needed).
 */
export function caseOutcome({ registraties, zorgmeldingen }: CaseOutcomeSource): CaseOutcome {
  const present = new Set(registraties.map((r) => CHILD_ROLE[r.rol]));
  const roles = ROLE_ORDER.filter((role) => present.has(role));
  const lastRegisteredOn = registraties.map((r) => r.pleegdatum).sort().at(-1) ?? null;
  const careReportSent = zorgmeldingen.length > 0;
  const parts = [
    registraties.length === 0
      ? 'Geen registraties'
      : `${registraties.length} ${registraties.length === 1 ? 'registratie' : 'registraties'} (${roles.map((role) => ROLE_WORD[role]).join(', ')}), laatste op ${lastRegisteredOn}`,
  ];
  if (careReportSent) parts.push('zorgmelding verstuurd');
  return { registrationCount: registraties.length, roles, lastRegisteredOn, careReportSent, summary: `${parts.join('; ')}.` };
}
