import { PURPOSES, type Purpose } from './vocabulary.ts';

/**
 * One processing activity (verwerkingsactiviteit) of the covenant's register, AVG art. 30. Every
 * record of the processing log links to one by `id`, as the Logboek Dataverwerkingen standard
 * asks: the log holds what happened, the register why and for how long.
 */
export interface ProcessingActivity {
  /** Stable id, written into every log record; never reuse one for another activity. */
  id: string;
  name: string;
  /** The request purpose (X-Purpose) this activity serves. */
  purpose: Purpose;
  /** The legal basis (grondslag) of the activity as a whole; each field's own basis is in its @privacy rule. */
  legalBasis: string;
  /** How long the log records of this activity are kept, in days, before the retention job prunes them. */
  retentionDays: number;
  /** Who is controller (verwerkingsverantwoordelijke), for the data subject and the supervisor. */
  controllerNote: string;
}

const JOINT =
  'Joint controllers under the covenant (AVG art. 26): each partner stays controller of its own records; the municipality operates the hub and this log.';

/**
 * The demo covenant's register. Retention periods are this demo's choices, to be set by the
 * covenant's controllers: the signalling log lives as long as a signal can (2 years open plus 5
 * archived, as the Verwijsindex keeps it), so a data subject can see who looked for as long as the
 * signal exists.
 */
export const PROCESSING_REGISTER: readonly ProcessingActivity[] = [
  {
    id: 'kg-va-signalling',
    name: 'Signalering en matching (signalling and matching of involvement)',
    purpose: 'SIGNALLING',
    legalBasis: 'AVG art. 6(1)(e); Jeugdwet hoofdstuk 7.1 (verwijsindex risicojongeren)',
    retentionDays: 7 * 365,
    controllerNote: JOINT,
  },
  {
    id: 'kg-va-case-discussion',
    name: 'Casusoverleg en plan van aanpak (case discussion and plan of approach)',
    purpose: 'CASE_DISCUSSION',
    legalBasis: 'AVG art. 6(1)(a) en 6(1)(e), art. 9(2)(a) en 9(2)(g); Jeugdwet art. 7.4.0 lid 1 (AVE fase 2 tot 4)',
    retentionDays: 5 * 365,
    controllerNote: JOINT,
  },
  {
    id: 'kg-va-warm-handover',
    name: 'Warme overdracht kinderopvang naar school (warm handover)',
    purpose: 'WARM_HANDOVER',
    legalBasis: 'AVG art. 6(1)(a) en 9(2)(a): toestemming van de ouders',
    retentionDays: 5 * 365,
    controllerNote: JOINT,
  },
  {
    id: 'kg-va-compulsory-education',
    name: 'Leerplichthandhaving (enforcing compulsory education)',
    purpose: 'COMPULSORY_EDUCATION',
    legalBasis: 'AVG art. 6(1)(c) en 6(1)(e); Leerplichtwet 1969 art. 18, 21 en 21a',
    retentionDays: 5 * 365,
    controllerNote: JOINT,
  },
  {
    id: 'kg-va-trend-monitoring',
    name: 'Trendmonitoring (aggregates, small counts suppressed)',
    purpose: 'TREND_MONITORING',
    legalBasis: 'AVG art. 6(1)(e) en art. 89 (statistical purposes, aggregates only)',
    retentionDays: 365,
    controllerNote: JOINT,
  },
  {
    id: 'kg-va-data-subject-access',
    name: 'Inzage en verantwoording (data-subject access and accountability)',
    purpose: 'DATA_SUBJECT_ACCESS',
    legalBasis: 'AVG art. 12 en 15 (recht van inzage), art. 5(2) en 30 (verantwoording); NEN 7513',
    retentionDays: 2 * 365,
    controllerNote: JOINT,
  },
];

/** The register as a lookup, with the activity each purpose's requests belong to. */
export class ProcessingRegister {
  private readonly byId: ReadonlyMap<string, ProcessingActivity>;
  private readonly byPurpose: ReadonlyMap<Purpose, ProcessingActivity>;

  constructor(readonly activities: readonly ProcessingActivity[] = PROCESSING_REGISTER) {
    const byId = new Map<string, ProcessingActivity>();
    const byPurpose = new Map<Purpose, ProcessingActivity>();
    for (const activity of activities) {
      if (byId.has(activity.id)) throw new Error(`processing register: activity id ${activity.id} is used twice`);
      if (!Number.isInteger(activity.retentionDays) || activity.retentionDays < 1) {
        throw new Error(`processing register: ${activity.id} needs a retention period of 1 day or more`);
      }
      byId.set(activity.id, activity);
      if (!byPurpose.has(activity.purpose)) byPurpose.set(activity.purpose, activity);
    }
    const missing = PURPOSES.filter((purpose) => !byPurpose.has(purpose));
    if (missing.length > 0) throw new Error(`processing register: no activity for purpose ${missing.join(', ')}`);
    this.byId = byId;
    this.byPurpose = byPurpose;
  }

  activity(id: string): ProcessingActivity | null {
    return this.byId.get(id) ?? null;
  }

  /** The activity a request with this purpose belongs to (doelbinding: the purpose decides it). */
  activityFor(purpose: Purpose): ProcessingActivity {
    const activity = this.byPurpose.get(purpose);
    if (!activity) throw new Error(`processing register: no activity for purpose ${purpose}`);
    return activity;
  }
}
