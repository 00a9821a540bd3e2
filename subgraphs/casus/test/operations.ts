/** The GraphQL operations the casus tests send, in one place. */

export const REGISTER_SIGNAL = /* GraphQL */ `
  mutation ($input: RegisterSignalInput!) {
    registerSignal(input: $input) { id status registeredAt domain organisation { id } contact { id name } }
  }
`;

export const WITHDRAW_SIGNAL = /* GraphQL */ `
  mutation ($id: ID!) { withdrawSignal(signalId: $id) { id status } }
`;

export const MY_MATCHES = /* GraphQL */ `
  { myMatches { child { id } since signals { organisation { id name } contact { id name organisation { id } } registeredAt } } }
`;

export const CASE_FIELDS = /* GraphQL */ `
  id status phase version openedAt administrativeDirection child { id }
  caseDirector { id name }
  participants { organisation { id } professional { id name } role }
  phaseHistory { from to changedBy { id } changedAt reason administrativeDirection confirmedBy { id } }
  pendingPhaseChange { to reason administrativeDirection proposedBy { id } }
  goals { id description actions { id description owner { id } ownerOrganisation { id } dueDate status } }
`;

export const OPEN_CASE = /* GraphQL */ `
  mutation ($input: OpenCaseInput!) { openCase(input: $input) { ${CASE_FIELDS} } }
`;

export const CHANGE_PHASE = /* GraphQL */ `
  mutation ($input: ChangePhaseInput!) { changePhase(input: $input) { ${CASE_FIELDS} } }
`;

export const ADD_PARTICIPANT = /* GraphQL */ `
  mutation ($input: AddParticipantInput!) { addParticipant(input: $input) { id version participants { professional { id } role } } }
`;

export const ADD_GOAL = /* GraphQL */ `
  mutation ($input: AddGoalInput!) { addGoal(input: $input) { id version goals { id description } } }
`;

export const ADD_ACTION = /* GraphQL */ `
  mutation ($input: AddActionInput!) { addAction(input: $input) { id version goals { id actions { id owner { id } status } } } }
`;

export const UPDATE_ACTION = /* GraphQL */ `
  mutation ($input: UpdateActionInput!) { updateAction(input: $input) { id status updatedAt } }
`;

export const CLOSE_CASE = /* GraphQL */ `
  mutation ($input: CloseCaseInput!) { closeCase(input: $input) { caseId closedAt } }
`;

export const MY_CASES = /* GraphQL */ `{ myCases { ${CASE_FIELDS} } }`;

export const RECORD_CONSENT = /* GraphQL */ `
  mutation ($input: RecordConsentInput!) {
    recordConsent(input: $input) { id status purpose validUntil organisation { id } givenBy { giver givenAt } }
  }
`;

export const WITHDRAW_CONSENT = /* GraphQL */ `
  mutation ($id: ID!) { withdrawConsent(consentId: $id) { id status withdrawnAt } }
`;

export const CONFIRM_PHASE_CHANGE = /* GraphQL */ `
  mutation ($input: ConfirmPhaseChangeInput!) { confirmPhaseChange(input: $input) { id phase version pendingPhaseChange { to } phaseHistory { to changedBy { id } confirmedBy { id } } } }
`;

export const CONFIRM_CONSENT = /* GraphQL */ `
  mutation ($input: ConfirmConsentInput!) { confirmConsent(input: $input) { id status confirmedBy { id name } } }
`;

export const PREPARE_HANDOVER = /* GraphQL */ `
  mutation ($input: PrepareWarmHandoverInput!) {
    prepareWarmHandover(input: $input) { id status toSchool { id } fromOrganisation { id } preparedAt }
  }
`;

export const HANDOVER_CONTENT = `id status child { id } toSchool { id } development vveProgramme vveDurationMonths pointsOfAttention`;

const COUNT = `{ value suppressed }`;

export const TREND_FIGURES = /* GraphQL */ `
  query ($from: String, $to: String) {
    trendFigures(from: $from, to: $to) {
      countedAt
      openSignalsByDomain { domain count ${COUNT} }
      childrenWithOpenSignal ${COUNT}
      openMatches ${COUNT}
      openCasesByPhase { phase count ${COUNT} }
      consentsInForce ${COUNT}
      months {
        month signalsRegistered ${COUNT} signalsWithdrawn ${COUNT} casesOpened ${COUNT} casesClosed ${COUNT}
        escalations ${COUNT} deescalations ${COUNT} consentsGiven ${COUNT} consentsWithdrawn ${COUNT} handoversPrepared ${COUNT}
      }
    }
  }
`;
