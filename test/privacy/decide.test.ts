import { describe, expect, it } from 'vitest';
import { decideForChild, fieldAccess, rulesFor, type ChildFacts } from '../../schema/decide.ts';
import type { PolicyMap, ReleaseRule } from '../../schema/policy.ts';

// The one decision function, on hand-written cases, so the generated matrix test (which derives
// its expectations from the same function) rests on an independent check of the function itself.
const rule = (overrides: Partial<ReleaseRule>): ReleaseRule => ({
  category: 'ORDINARY',
  basis: 'test art. 1',
  roles: ['SCHOOL_CARE_COORDINATOR'],
  purposes: ['CASE_DISCUSSION'],
  when: [],
  minPhase: null,
  ...overrides,
});
const none: ChildFacts = { ownOrganisation: false, caseParticipant: false, casePhase: null, consent: false, hubOperator: false };
const coordinator = { role: 'SCHOOL_CARE_COORDINATOR', purpose: 'CASE_DISCUSSION' } as const;

describe('decideForChild', () => {
  it('releases under a rule whose role, purpose and conditions all hold', () => {
    expect(decideForChild([rule({ when: ['OWN_ORGANISATION'] })], coordinator, { ...none, ownOrganisation: true }).released).toBe(true);
  });

  it('denies when the role or the purpose is not listed, whatever the facts', () => {
    const all: ChildFacts = { ownOrganisation: true, caseParticipant: true, casePhase: 4, consent: true, hubOperator: true };
    expect(decideForChild([rule({})], { role: 'POLICE_OFFICER', purpose: 'CASE_DISCUSSION' }, all).released).toBe(false);
    expect(decideForChild([rule({})], { ...coordinator, purpose: 'SIGNALLING' }, all).released).toBe(false);
  });

  it('needs every condition of a rule, and the AVE phase at least minPhase', () => {
    const strict = rule({ when: ['CASE_PARTICIPANT', 'CONSENT'], minPhase: 3 });
    expect(decideForChild([strict], coordinator, { ...none, caseParticipant: true, consent: true, casePhase: 2 }).released).toBe(false);
    expect(decideForChild([strict], coordinator, { ...none, caseParticipant: true, casePhase: 3 }).released).toBe(false);
    expect(decideForChild([strict], coordinator, { ...none, caseParticipant: true, consent: true, casePhase: 3 }).released).toBe(true);
    expect(decideForChild([strict], coordinator, { ...none, caseParticipant: true, consent: true, casePhase: null }).released).toBe(false);
  });

  it('treats rules as alternatives and says what is missing without the child’s facts', () => {
    const rules = [rule({ when: ['OWN_ORGANISATION'] }), rule({ when: ['CASE_PARTICIPANT'], minPhase: 3 })];
    expect(decideForChild(rules, coordinator, { ...none, caseParticipant: true, casePhase: 3 }).released).toBe(true);
    const denied = decideForChild(rules, coordinator, { ...none, casePhase: 2 });
    expect(denied).toEqual({
      released: false,
      requirement: "(your organisation's own record) or (your organisation taking part in the child's open case and the child's open case at AVE phase 3 or higher)",
    });
  });

  it('rulesFor keeps only the rules for this role and purpose', () => {
    const rules = [rule({}), rule({ roles: ['POLICE_OFFICER'] }), rule({ purposes: ['SIGNALLING'] })];
    expect(rulesFor(rules, coordinator)).toEqual([rules[0]]);
  });
});

describe('fieldAccess: default deny', () => {
  const policies: PolicyMap = { fields: new Map([['Child.secret', [rule({})]], ['Org.name', [rule({ category: 'PUBLIC' })]]]), publicTypes: new Set(['Registry']) };
  it('governs a field by its rules, a public rule or type, the key, or else denies it', () => {
    expect(fieldAccess(policies, 'Child', 'secret').kind).toBe('rules');
    expect(fieldAccess(policies, 'Org', 'name').kind).toBe('public');
    expect(fieldAccess(policies, 'Registry', 'anything').kind).toBe('public');
    expect(fieldAccess(policies, 'Child', 'id').kind).toBe('public');
    expect(fieldAccess(policies, 'Child', 'undeclared').kind).toBe('undeclared');
  });
});
