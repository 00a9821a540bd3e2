import { randomUUID } from 'node:crypto';
import type { RecordDraft } from '../../gateway/processingLog/processingRecord.ts';

const ORGANISATIONS = ['school-esdoorn', 'school-kompas', 'kdv-zonnebloem', 'ggd-demo', 'veilig-thuis-demo', 'politie-basisteam'];

/** A pseudonym as the hub makes them (ch_ + 27 characters), numbered so a bench can ask for it again. */
export const childPseudonym = (n: number) => `ch_${String(n).padStart(27, '0')}`;

/** One synthetic draft about child `child`: the shape the gateway logs for a 20-pupil list. */
export function benchDraft(child: number, at = new Date()): RecordDraft {
  return {
    recordId: randomUUID(),
    recordedAt: at.toISOString(),
    traceId: randomUUID().replaceAll('-', ''),
    spanId: randomUUID().replaceAll('-', '').slice(0, 16),
    professional: `dev-school-care-coordinator-${child % 7}`,
    organisation: ORGANISATIONS[child % ORGANISATIONS.length]!,
    role: 'SCHOOL_CARE_COORDINATOR',
    purpose: 'CASE_DISCUSSION',
    activityId: 'kg-va-case-discussion',
    childId: childPseudonym(child),
    fieldsReleased: ['Child.schoolAbsences', 'Child.schoolEnrolment'],
    fieldsWithheld: ['Child.policeRegistrations'],
    outcome: 'PARTIALLY_WITHHELD',
  };
}

/** The drafts of one answer listing `size` children, drawn from `population`. */
export function answerDrafts(size: number, population: number, random: () => number = Math.random): RecordDraft[] {
  const at = new Date();
  return Array.from({ length: size }, () => benchDraft(Math.floor(random() * population), at));
}

