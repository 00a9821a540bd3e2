import { graphql } from '../../gql';

export const MyCases = graphql(/* GraphQL */ `
  query MyCases { myCases { id phase status openedAt child { id } caseDirector { name } pendingPhaseChange { to } } }
`);

export const CaseDetail = graphql(/* GraphQL */ `
  query CaseDetail($id: ID!) {
    case(id: $id) {
      id
      status
      phase
      version
      openedAt
      administrativeDirection
      child { id consents { id purpose organisation { id name } status validUntil givenBy { giver givenAt } confirmedBy { name } } }
      caseDirector { id name organisation { id name } }
      participants { organisation { id name } professional { id name } role joinedAt }
      phaseHistory { from to changedAt reason administrativeDirection changedBy { name } confirmedBy { name organisation { name } } }
      pendingPhaseChange { to reason administrativeDirection proposedAt proposedBy { name } }
      goals { id description actions { id description owner { id name } ownerOrganisation { id name } dueDate status updatedAt } }
    }
  }
`);

export const OpenCase = graphql(/* GraphQL */ `
  mutation OpenCase($input: OpenCaseInput!) { openCase(input: $input) { id } }
`);
export const ChangePhase = graphql(/* GraphQL */ `
  mutation ChangePhase($input: ChangePhaseInput!) { changePhase(input: $input) { id } }
`);
export const ConfirmPhaseChange = graphql(/* GraphQL */ `
  mutation ConfirmPhaseChange($input: ConfirmPhaseChangeInput!) { confirmPhaseChange(input: $input) { id } }
`);
export const AddParticipant = graphql(/* GraphQL */ `
  mutation AddParticipant($input: AddParticipantInput!) { addParticipant(input: $input) { id } }
`);
export const AddGoal = graphql(/* GraphQL */ `
  mutation AddGoal($input: AddGoalInput!) { addGoal(input: $input) { id } }
`);
export const AddAction = graphql(/* GraphQL */ `
  mutation AddAction($input: AddActionInput!) { addAction(input: $input) { id } }
`);
export const UpdateAction = graphql(/* GraphQL */ `
  mutation UpdateAction($input: UpdateActionInput!) { updateAction(input: $input) { id status } }
`);
export const CloseCase = graphql(/* GraphQL */ `
  mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { caseId closedAt } }
`);
export const RecordConsent = graphql(/* GraphQL */ `
  mutation RecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { id status } }
`);
export const ConfirmConsent = graphql(/* GraphQL */ `
  mutation ConfirmConsent($input: ConfirmConsentInput!) { confirmConsent(input: $input) { id status } }
`);
export const WithdrawConsent = graphql(/* GraphQL */ `
  mutation WithdrawConsent($consentId: ID!) { withdrawConsent(consentId: $consentId) { id status } }
`);
