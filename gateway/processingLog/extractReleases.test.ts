import type { GraphQLCompositeType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ProcessingRegister } from '../../schema/processingRegister.ts';
import { PURPOSES, ROLES } from '../../schema/vocabulary.ts';
import type { ReleaseCandidate } from '../releaseCandidate.ts';
import { extractReleases, traceIds } from './extractReleases.ts';
import type { RecordDraft } from './processingRecord.ts';
import { selectEverything } from './test/queryGenerator.ts';
import { expectedLog } from './test/releaseOracle.ts';
import { releaseCandidate, TEST_TRACEPARENT, testPrivacy } from './test/releaseCandidates.ts';
import { CONTENT_MARKER } from './test/syntheticResponse.ts';

const privacy = testPrivacy;
const register = new ProcessingRegister();
const TRACEPARENT = TEST_TRACEPARENT;
const NOW = new Date('2025-03-01T10:00:00Z');
const candidateFor = releaseCandidate;

const bySubject = (drafts: RecordDraft[]) => new Map(drafts.map((d) => [d.childId, d]));
const sorted = (set: Set<string> | undefined) => [...(set ?? [])].sort();

describe('every release of personal data is in the log, per child (completeness)', () => {
  const child = privacy.schema.getType('Child') as GraphQLCompositeType;
  const caseNote = privacy.schema.getType('CaseNote') as GraphQLCompositeType;
  const query = `query Everything {
    children { ${selectEverything(privacy.schema, child, 4)} }
    child(id: "ch_x") { ${selectEverything(privacy.schema, child, 3)} }
    caseNotes { ${selectEverything(privacy.schema, caseNote, 3)} }
  }`;

  for (const role of ROLES) {
    it(`logs exactly what ${role} was given and refused, for every purpose`, () => {
      let records = 0;
      for (const purpose of PURPOSES) {
        for (const seed of [1, 2, 3, 4, 5]) {
          const candidate = candidateFor(query, role, purpose, seed * 7919 + ROLES.indexOf(role));
          const drafts = extractReleases(candidate, register, NOW);
          const expected = expectedLog(privacy.schema, privacy.policies, candidate.data, candidate.errors);
          records += drafts.length;
          // Nothing released: only refusals about a child are recorded (a probe leaves a trace).
          const subjects =
            expected.released.size === 0
              ? [...expected.withheld.keys()].filter((subject) => subject !== null)
              : [...expected.released.keys(), ...expected.withheld.keys()];
          const logged = bySubject(drafts);
          expect(new Set(logged.keys())).toEqual(new Set(subjects));
          for (const [subject, draft] of logged) {
            expect(draft.fieldsReleased, `${role} ${purpose} ${subject}`).toEqual(sorted(expected.released.get(subject)));
            expect(draft.fieldsWithheld, `${role} ${purpose} ${subject}`).toEqual(sorted(expected.withheld.get(subject)));
            for (const field of draft.fieldsWithheld) expect(draft.fieldsReleased).not.toContain(field);
            expect(draft.activityId).toBe(register.activityFor(purpose).id);
          }
          expect(JSON.stringify(drafts)).not.toContain(CONTENT_MARKER);
        }
      }
      if (role !== 'POLICY_ANALYST' && role !== 'PRIVACY_OFFICER') expect(records).toBeGreaterThan(0);
    });
  }
});

describe('extractReleases', () => {
  it('writes nothing for a request that releases no personal data', () => {
    const candidate = candidateFor(`{ children { id } }`, 'SCHOOL_CARE_COORDINATOR', 'CASE_DISCUSSION', 1);
    expect(extractReleases(candidate, register, NOW)).toEqual([]);
  });

  it('names the child of a root field by its childId argument, from variables too', () => {
    const candidate = candidateFor(`query Q($c: ID!) { childNotes(childId: $c) }`, 'PRIVACY_OFFICER', 'DATA_SUBJECT_ACCESS', 11, { c: 'ch_from_variable' });
    candidate.data = { kg__type: 'Query', childNotes: ['a note'] };
    const [draft] = extractReleases(candidate, register, NOW, () => 'record-1');
    expect(draft).toEqual({
      recordId: 'record-1',
      recordedAt: NOW.toISOString(),
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '00f067aa0ba902b7',
      professional: 'p-PRIVACY_OFFICER',
      organisation: 'school-esdoorn',
      role: 'PRIVACY_OFFICER',
      purpose: 'DATA_SUBJECT_ACCESS',
      activityId: 'kg-va-data-subject-access',
      childId: 'ch_from_variable',
      fieldsReleased: ['Query.childNotes'],
      fieldsWithheld: [],
      outcome: 'RELEASED',
    });
  });

  it('marks a child whose fields were all refused WITHHELD, and one with some refused PARTIALLY_WITHHELD', () => {
    const query = `{ children { schoolAbsences { date } supportNeeds { level } } }`;
    const candidate = candidateFor(query, 'SCHOOL_CARE_COORDINATOR', 'CASE_DISCUSSION', 5);
    candidate.data = {
      kg__type: 'Query',
      children: [
        { kg__type: 'Child', kg__child: 'ch_a', schoolAbsences: [], supportNeeds: null },
        { kg__type: 'Child', kg__child: 'ch_b', schoolAbsences: null, supportNeeds: null },
      ],
    };
    const forbidden = (path: (string | number)[], field: string) =>
      ({ message: 'no', path, extensions: { code: 'FORBIDDEN_FIELD', field } }) as unknown as ReleaseCandidate['errors'][number];
    candidate.errors = [
      forbidden(['children', 0, 'supportNeeds'], 'Child.supportNeeds'),
      forbidden(['children', 1, 'schoolAbsences'], 'Child.schoolAbsences'),
      forbidden(['children', 1, 'supportNeeds'], 'Child.supportNeeds'),
    ];
    const drafts = bySubject(extractReleases(candidate, register, NOW));
    expect(drafts.get('ch_a')).toMatchObject({ fieldsReleased: ['Child.schoolAbsences'], fieldsWithheld: ['Child.supportNeeds'], outcome: 'PARTIALLY_WITHHELD' });
    expect(drafts.get('ch_b')).toMatchObject({ fieldsReleased: [], fieldsWithheld: ['Child.schoolAbsences', 'Child.supportNeeds'], outcome: 'WITHHELD' });
  });

  it('counts a field skipped by @include(if: false) as neither released nor withheld', () => {
    const query = `query Q($with: Boolean!) { children { schoolAbsences @include(if: $with) { date } testResults { score } } }`;
    const candidate = candidateFor(query, 'SCHOOL_CARE_COORDINATOR', 'CASE_DISCUSSION', 3, { with: false });
    candidate.data = { kg__type: 'Query', children: [{ kg__type: 'Child', kg__child: 'ch_a', testResults: [{ kg__type: 'TestResult', score: 3 }] }] };
    expect(extractReleases(candidate, register, NOW).map((d) => d.fieldsReleased)).toEqual([['Child.testResults']]);
  });

  it('logs an object outside any child under the one child it names (a case, a signal), and the root list under each', () => {
    const candidate = candidateFor(`{ caseNotes { text child { id } } }`, 'CASE_DIRECTOR', 'CASE_DISCUSSION', 1);
    candidate.data = {
      kg__type: 'Query',
      caseNotes: [
        { kg__type: 'CaseNote', text: 'x', child: { kg__type: 'Child', kg__child: 'ch_a', id: 'ch_a' } },
        { kg__type: 'CaseNote', text: null, child: { kg__type: 'Child', kg__child: 'ch_b', id: 'ch_b' } },
      ],
    };
    const drafts = bySubject(extractReleases(candidate, register, NOW));
    expect([...drafts.keys()]).toEqual(['ch_a', 'ch_b']);
    expect(drafts.get('ch_a')?.fieldsReleased).toEqual(['CaseNote.text', 'Query.caseNotes']);
    expect(drafts.get('ch_b')?.fieldsReleased).toEqual(['Query.caseNotes']);
  });

  it('applies the default of a variable the request left out', () => {
    const query = `query Q($with: Boolean = true) { children { schoolAbsences @include(if: $with) { date } } }`;
    const candidate = candidateFor(query, 'SCHOOL_CARE_COORDINATOR', 'CASE_DISCUSSION', 3);
    candidate.data = { kg__type: 'Query', children: [{ kg__type: 'Child', kg__child: 'ch_a', schoolAbsences: [] }] };
    expect(extractReleases(candidate, register, NOW).map((d) => d.fieldsReleased)).toEqual([['Child.schoolAbsences']]);
  });

  it('reads trace and span id from the W3C traceparent', () => {
    expect(traceIds(TRACEPARENT)).toEqual({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' });
    expect(traceIds('garbage')).toEqual({ traceId: 'garbage', spanId: '' });
  });
});
