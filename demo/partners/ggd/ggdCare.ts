import type { SyntheticChild } from '../../synthetic/population.ts';
import type { Random } from '../../synthetic/random.ts';
import { concept, SYSTEM, type CarePlan, type ClinicalResource, type Condition } from './fhirR4.ts';
import { dateAfterBirth, encounterFor } from './ggdEncounters.ts';

/**
 * JGZ concerns (Condition), the JGZ care plan and, for school-age children, the JGZ's advice to the
 * school (both CarePlan, told apart by category). Only a minority has them, gathered among the
 * children with a high latent need for care, so they coincide with signals at other partners.
 */
type Domain = 'groei' | 'ontwikkeling' | 'psychosociaal' | 'opvoeding' | 'veiligheid' | 'leefstijl';

const CONCERN_TEXT: Record<Domain, string[]> = {
  groei: ['Achterblijvende gewichtstoename', 'Afbuigende lengtegroei'],
  ontwikkeling: ['Vertraagde spraak-taalontwikkeling', 'Achterstand motorische ontwikkeling'],
  psychosociaal: ['Teruggetrokken gedrag en somberheid', 'Gedragsproblemen thuis en op school'],
  opvoeding: ['Opvoedingsvragen ouders', 'Overbelasting ouder'],
  veiligheid: ['Zorgen over veiligheid in de thuissituatie'],
  leefstijl: ['Overgewicht', 'Problematisch schermgebruik'],
};

const ADVICE_TEXT: Partial<Record<Domain, string>> = {
  ontwikkeling: 'Extra aandacht voor taal in de klas; voortgang graag afstemmen met de jeugdverpleegkundige.',
  psychosociaal: 'Let op terugtrekgedrag in de klas; bij zorgen contact opnemen met de jeugdverpleegkundige.',
  opvoeding: 'Ouders krijgen opvoedondersteuning; graag signalen over verzuim of gedrag doorgeven aan JGZ.',
  veiligheid: 'Bij verzuim of opvallend gedrag direct contact opnemen met de jeugdarts.',
  leefstijl: 'Deelname aan beweegprogramma na schooltijd wordt aangemoedigd.',
  groei: 'Geen aanpassingen in de klas nodig; JGZ volgt de groei.',
};

const ACTIVITIES = ['Extra contactmoment jeugdverpleegkundige', 'Huisbezoek jeugdverpleegkundige', 'Verwijzing naar het jeugdteam', 'Afstemming met school (met toestemming ouders)', 'Herhaalmeting over drie maanden'];
const ACTIVITY_STATUS = ['completed', 'in-progress', 'not-started', 'scheduled'] as const;

export function generateCare(child: SyntheticChild, patientId: string, ageDays: number, random: Random): ClinicalResource[] {
  const hasConcerns = child.risk > 0.75 || random.chance(0.03 + child.risk * 0.1);
  if (!hasConcerns || ageDays < 30) return [];
  const young = child.ageAtReference < 4;
  const pool: Domain[] = young ? ['groei', 'ontwikkeling', 'opvoeding'] : ['psychosociaal', 'opvoeding', 'leefstijl', 'ontwikkeling'];
  const domains = new Set<Domain>([random.pick(pool)]);
  if (child.risk > 0.75) domains.add(random.pick(pool));
  if (child.risk > 0.9) domains.add('veiligheid');
  const ongoing = child.risk > 0.75 || random.chance(0.4);
  const out: ClinicalResource[] = [];
  const ref = { reference: `Patient/${patientId}` };
  let earliest = ageDays;
  [...domains].forEach((domain, n) => {
    const onsetDay = random.int(Math.floor(ageDays * 0.5), ageDays - 14);
    earliest = Math.min(earliest, onsetDay);
    const clinical = ongoing ? 'active' : random.pick(['resolved', 'inactive', 'remission']);
    const condition: Condition = {
      resourceType: 'Condition',
      id: `cond-${child.index}-${n}`,
      clinicalStatus: concept(SYSTEM.conditionClinical, clinical),
      verificationStatus: concept(SYSTEM.conditionVerification, 'confirmed'),
      category: [concept(SYSTEM.conditionCategory, 'problem-list-item', 'Problem List Item'), concept(SYSTEM.careDomain, domain)],
      code: { text: random.pick(CONCERN_TEXT[domain]) },
      subject: ref,
      onsetDateTime: dateAfterBirth(child.birthDate, onsetDay),
    };
    out.push(condition);
  });
  const planStart = dateAfterBirth(child.birthDate, earliest + 7);
  const activityCount = random.int(1, 3);
  const plan: CarePlan = {
    resourceType: 'CarePlan',
    id: `cp-${child.index}`,
    status: ongoing ? 'active' : 'completed',
    intent: 'plan',
    category: [concept(SYSTEM.planKind, 'zorgplan', 'JGZ-zorgplan')],
    title: `JGZ-zorgplan: ${[...domains].join(', ')}`,
    subject: ref,
    period: { start: planStart },
    activity: Array.from({ length: activityCount }, (_, i) => ({
      detail: { status: ongoing ? random.pick(ACTIVITY_STATUS) : 'completed', description: ACTIVITIES[(i + child.index) % ACTIVITIES.length] ?? '' },
    })),
  };
  out.push(plan);
  const firstDomain = [...domains][0] ?? 'opvoeding';
  if (ongoing && child.ageAtReference >= 4 && random.chance(0.8)) {
    out.push({
      resourceType: 'CarePlan',
      id: `cp-${child.index}-school`,
      status: 'active',
      intent: 'plan',
      category: [concept(SYSTEM.planKind, 'advies-school', 'Advies aan school')],
      title: 'Advies aan school',
      description: ADVICE_TEXT[domains.has('veiligheid') ? 'veiligheid' : firstDomain] ?? '',
      subject: ref,
      period: { start: dateAfterBirth(child.birthDate, Math.min(ageDays, earliest + 21)) },
    });
  }
  // Extra contacts on indication: the care plan at work.
  for (let i = 0; i < (ongoing ? random.int(1, 3) : 1); i++) {
    const day = random.int(earliest, Math.max(earliest, ageDays - 11));
    out.push(encounterFor(patientId, `${child.index}-x${i}`, child.birthDate, { day, label: 'Extra contactmoment', setting: random.pick(['consultatiebureau', 'thuis'] as const), discipline: 'JVP' }, 'finished', random, true));
  }
  return out;
}
