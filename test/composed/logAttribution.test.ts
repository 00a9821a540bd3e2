import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changePhase, openCase } from '../harness/casusSetup.ts';
import { demoChildren, pick } from '../harness/demoChildren.ts';
import { startTestHub, TEST_POPULATION, type TestHub } from '../harness/testHub.ts';

// Regression: releases about a child were logged without the child (childId null) when the
// client did not select the child itself: a case read by id, one's matches (the child named only
// under the signals), and pupils reached through another pupil's enrolment.
let hub: TestHub;
const children = demoChildren(TEST_POPULATION);
const subject = pick(children, 'is a pupil with a police registration', (c) => !!c.school && c.hasPoliceRegistration);
let caseId = '';

const fieldsLoggedFor = async (childId: string, role: string) =>
  (await hub.processingLog.forChild(childId)).filter((record) => record.role === role).flatMap((record) => record.fieldsReleased);

beforeAll(async () => {
  hub = await startTestHub();
  caseId = await openCase(hub, subject, [{ org: 'politie-basisteam', role: 'POLICE_OFFICER' }], 2);
  await changePhase(hub, caseId, 3);
});
afterAll(async () => {
  await hub?.close();
});

describe('the processing log names the child of every release', () => {
  it('a case read by id without its child is logged for that child, and the client gets no bookkeeping', async () => {
    const { body } = await hub.query({ role: 'POLICE_OFFICER', org: 'politie-basisteam', purpose: 'CASE_DISCUSSION' }, `query ($id: ID!) { case(id: $id) { id phase } }`, {
      id: caseId,
    });
    expect(body).toEqual({ data: { case: { id: caseId, phase: 3 } } });
    expect(await fieldsLoggedFor(subject.id, 'POLICE_OFFICER')).toEqual(expect.arrayContaining(['Query.case', 'Case.phase']));
  });

  it('one’s matches are logged for the children they name under the signals', async () => {
    const { body } = await hub.query(
      { role: 'POLICE_OFFICER', org: 'politie-basisteam', purpose: 'SIGNALLING' },
      `{ myMatches { since signals { organisation { name } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain('kg__');
    if ((body.data.myMatches as unknown[]).length > 0) {
      expect(await fieldsLoggedFor(subject.id, 'POLICE_OFFICER')).toContain('Query.myMatches');
    }
  });

  it('pupils reached through one pupil’s enrolment are each logged', async () => {
    const { body } = await hub.query(
      { role: 'SCHOOL_CARE_COORDINATOR', org: subject.school ?? '', purpose: 'CASE_DISCUSSION' },
      `query ($id: ID!) { child(id: $id) { schoolEnrolment { school { pupils(first: 3) { id } } } } }`,
      { id: subject.id },
    );
    const pupils: { id: string }[] = body.data.child.schoolEnrolment.school.pupils;
    expect(pupils).toHaveLength(3);
    for (const pupil of pupils) expect(await fieldsLoggedFor(pupil.id, 'SCHOOL_CARE_COORDINATOR')).toContain('Organisation.pupils');
  });
});
