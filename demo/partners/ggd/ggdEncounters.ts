import type { Random } from '../../synthetic/random.ts';
import { concept, coding, SYSTEM, type Encounter } from './fhirR4.ts';
import type { ContactMoment, Discipline, Setting } from './ggdSchedule.ts';

/**
 * JGZ contacts as FHIR Encounters: the class says where (ambulatory, home, virtual), serviceType
 * which kind of location, type whether it was a scheduled contact moment or an extra one, and the
 * professional's discipline sits in a contained PractitionerRole, as the JGZ system exports it
 * without naming the professional.
 */
const DAY_MS = 86_400_000;

export const dateAfterBirth = (birthDate: string, days: number): string =>
  new Date(Date.parse(`${birthDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const CLASS: Record<Setting, { code: string; display: string }> = {
  consultatiebureau: { code: 'AMB', display: 'ambulatory' },
  school: { code: 'AMB', display: 'ambulatory' },
  thuis: { code: 'HH', display: 'home health' },
  digitaal: { code: 'VR', display: 'virtual' },
};

const DISCIPLINE: Record<Discipline, string> = { JA: 'Jeugdarts', JVP: 'Jeugdverpleegkundige', DA: 'Doktersassistent' };

export function encounterFor(
  patientId: string,
  key: string,
  birthDate: string,
  moment: Pick<ContactMoment, 'day' | 'label' | 'setting' | 'discipline'>,
  status: Encounter['status'],
  random: Random,
  extra = false,
): Encounter {
  const date = dateAfterBirth(birthDate, moment.day + random.int(0, 10));
  const hour = String(random.int(8, 16)).padStart(2, '0');
  const minute = random.pick(['00', '15', '30', '45']);
  const cls = CLASS[moment.setting];
  return {
    resourceType: 'Encounter',
    id: `enc-${key}`,
    contained: [{ resourceType: 'PractitionerRole', id: 'uitvoerder', code: [concept(SYSTEM.discipline, moment.discipline, DISCIPLINE[moment.discipline])] }],
    status,
    class: coding(SYSTEM.actCode, cls.code, cls.display),
    type: [extra ? concept(SYSTEM.contactKind, 'extra', 'Extra contactmoment', moment.label) : concept(SYSTEM.contactKind, 'regulier', 'Regulier contactmoment', moment.label)],
    ...(moment.setting === 'consultatiebureau' || moment.setting === 'school' ? { serviceType: concept(SYSTEM.location, moment.setting) } : {}),
    subject: { reference: `Patient/${patientId}` },
    participant: [{ type: [concept(SYSTEM.participationType, 'PPRF', 'primary performer')], individual: { reference: '#uitvoerder' } }],
    period: { start: `${date}T${hour}:${minute}:00+01:00` },
  };
}
