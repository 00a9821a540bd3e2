import { readFileSync } from 'node:fs';
import { Kind, parse, valueFromASTUntyped, type ObjectTypeDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateChildcareData } from '../../demo/partners/childcare/childcareData.ts';
import { jeugdhulpChildren } from '../../demo/partners/jeugdhulp/jeugdhulpRecords.ts';
import { SUPERGRAPH_FILE } from '../../schema/composeSupergraph.ts';
import { hubOperatorId } from '../../schema/covenant.ts';
import { decideForChild, rulesFor } from '../../schema/decide.ts';
import { readPolicies } from '../../schema/policy.ts';
import { ROLE_ORGANISATION_TYPES } from '../../schema/roleOrganisations.ts';
import { PURPOSES, ROLES, type Purpose, type Role } from '../../schema/vocabulary.ts';
import { DEMO_PSEUDONYM_KEY } from '../../subgraphs/kit/config.ts';
import { pseudonymFor } from '../../subgraphs/kit/pseudonym.ts';
import { changePhase, childcareWorker, openCase, prepareWarmHandover, recordConsent } from '../harness/casusSetup.ts';
import { demoChildren, pick } from '../harness/demoChildren.ts';
import { startTestHub, TEST_POPULATION, type TestHub } from '../harness/testHub.ts';

// The access matrix, generated from the @privacy directives of the supergraph: for every role,
// purpose and protected field of Child, the decision the rules imply for a child whose case has
// every organisation as participant, at AVE phase 4, with consent where consent can be given, is checked
// against the actual response body: a value, or null with FORBIDDEN_FIELD at that path (from the
// gateway when role or purpose exclude it, from the subgraph when a per-child condition fails).
const sdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
const policies = readPolicies(parse(sdl));
const childDefinition = parse(sdl).definitions.find(
  (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Child',
);
const childFields = (childDefinition?.fields ?? [])
  .filter((f) => policies.fields.has(`Child.${f.name.value}`))
  .map((f) => {
    const join = f.directives?.find((d) => d.name.value === 'join__field');
    const graph = join?.arguments?.find((a) => a.name.value === 'graph');
    const leaf = /^\[?(String|Int|Boolean|ID)!?\]?!?$/.test(sdl.slice(f.type.loc?.start ?? 0, f.type.loc?.end ?? 0));
    return { name: f.name.value, subgraph: graph ? String(valueFromASTUntyped(graph.value)).toLowerCase() : '', leaf };
  });

const children = demoChildren(TEST_POPULATION);
const subject = pick(children, 'is a pupil with a Veilig Thuis dossier and a police registration', (c) => !!c.school && c.hasVeiligThuisDossier && c.hasPoliceRegistration);
const childcareLocation =
  generateChildcareData(TEST_POPULATION).children.find((k) => pseudonymFor(k.bsn, DEMO_PSEUDONYM_KEY) === subject.id)?.locationId ?? null;
const youthCareProvider =
  Array.from({ length: TEST_POPULATION.count }, (_, index) => jeugdhulpChildren(TEST_POPULATION).identity(index)).find((c) => c && pseudonymFor(c.Bsn, DEMO_PSEUDONYM_KEY) === subject.id)?.Aanbieder ?? null;
/** Which organisation holds the subject's record at each partner (own-organisation rules). */
const holders: Record<string, string | null> = {
  school: subject.school,
  childcare: childcareLocation,
  ggd: subject.age <= 18 ? 'ggd-regio' : null,
  veiligthuis: 'veilig-thuis-regio',
  police: 'politie-basisteam',
  jeugdhulp: youthCareProvider,
};
/** The organisation each role acts for in the matrix: the holder where its kind holds a record. */
const organisationOf: Record<Role, string> = {
  SCHOOL_CARE_COORDINATOR: subject.school ?? '',
  CHILDCARE_WORKER: childcareLocation ?? 'kdv-zonnetje',
  JGZ_PROFESSIONAL: 'ggd-regio',
  VEILIG_THUIS_WORKER: 'veilig-thuis-regio',
  POLICE_OFFICER: 'politie-basisteam',
  YOUTH_CARE_PROVIDER: holders.jeugdhulp ?? 'jeugdhulp-horizon',
  CASE_DIRECTOR: 'gemeente-demo',
  COMPULSORY_EDUCATION_OFFICER: 'gemeente-demo',
  POLICY_ANALYST: 'gemeente-demo',
  PRIVACY_OFFICER: 'gemeente-demo',
};

/** Whether the setup below gave consent for this purpose to this role's organisation (consent is a ground only for these two purposes). */
const consentGiven = (role: Role, purpose: Purpose) =>
  purpose === 'CASE_DISCUSSION' || (purpose === 'WARM_HANDOVER' && childcareLocation !== null && organisationOf[role] === subject.school);

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
  const participants = [...new Set(Object.entries(organisationOf).filter(([role]) => role !== 'CASE_DIRECTOR'))]
    .map(([role, org]) => ({ role, org }))
    .filter((p, i, all) => all.findIndex((q) => q.org === p.org) === i && ROLE_ORGANISATION_TYPES[p.role as Role].length > 0)
    .filter((p) => p.org !== 'gemeente-demo');
  const caseId = await openCase(hub, subject, participants, 2);
  await changePhase(hub, caseId, 3);
  await changePhase(hub, caseId, 4, 'Burgemeester (demo)');
  // Consent where it can be given: CASE_DISCUSSION by the case director for every organisation at
  // the case table; WARM_HANDOVER only by the childcare holding the child's placement, which
  // prepared the handover, for its school (a subject without a placement has no such consent).
  for (const org of new Set(Object.values(organisationOf))) await recordConsent(hub, subject, 'CASE_DISCUSSION', org);
  if (childcareLocation !== null) {
    await prepareWarmHandover(hub, subject, childcareLocation, subject.school ?? '');
    await recordConsent(hub, subject, 'WARM_HANDOVER', subject.school ?? '', childcareWorker(childcareLocation));
  }
}, 120_000);
afterAll(async () => {
  await hub?.close();
});

describe('the access matrix generated from the directives holds through the gateway', () => {
  it('covers every protected field of Child', () => {
    expect(childFields.length).toBeGreaterThan(25);
    // A connector made by `npm run connector:new` adds its subgraph here without changing this test.
    expect([...new Set(childFields.map((f) => f.subgraph))]).toEqual(expect.arrayContaining(['school', 'childcare', 'ggd', 'veiligthuis', 'police', 'jeugdhulp', 'casus']));
  });

  const cases = ROLES.flatMap((role) => PURPOSES.map((purpose) => [role, purpose] as [Role, Purpose]));
  it.each(cases)('%s for %s', async (role, purpose) => {
    const selection = childFields.map((f) => (f.leaf ? f.name : `${f.name} { __typename }`)).join(' ');
    const { body } = await hub.query({ role, org: organisationOf[role], purpose }, `query ($id: ID!) { child(id: $id) { ${selection} } }`, { id: subject.id });
    const child = body.data?.child as Record<string, unknown>;
    expect(child).toBeTruthy();
    for (const field of childFields) {
      const rules = policies.fields.get(`Child.${field.name}`) ?? [];
      const error = body.errors?.find((e) => e.path?.join('.') === `child.${field.name}`);
      const where = `${role}/${purpose}/Child.${field.name}`;
      if (rulesFor(rules, { role, purpose }).length === 0) {
        expect(child[field.name], where).toBeNull();
        expect(error?.extensions?.code, where).toBe('FORBIDDEN_FIELD');
        expect(error?.extensions?.serviceName, `${where} was sent to a subgraph`).toBeUndefined();
        continue;
      }
      if (field.subgraph === 'casus') continue; // the casus subgraph's own per-child holders are tested in its suite
      const facts = { ownOrganisation: holders[field.subgraph] === organisationOf[role], caseParticipant: true, casePhase: 4, consent: consentGiven(role, purpose), hubOperator: organisationOf[role] === hubOperatorId() };
      if (decideForChild(rules, { role, purpose }, facts).released) {
        expect(error, where).toBeUndefined();
      } else {
        expect(child[field.name], where).toBeNull();
        expect(error?.extensions?.code, where).toBe('FORBIDDEN_FIELD');
      }
    }
  });
});
