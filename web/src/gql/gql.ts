/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query OwnChildren($org: ID!, $school: Boolean!, $childcare: Boolean!, $ggd: Boolean!, $veiligThuis: Boolean!, $police: Boolean!, $youthCare: Boolean!) {\n    organisation(id: $org) {\n      id\n      pupils(first: 8) @include(if: $school) { id }\n      placedChildren(first: 8) @include(if: $childcare) { id }\n      jgzClients(first: 8) @include(if: $ggd) { id }\n      veiligThuisDossierChildren(first: 8) @include(if: $veiligThuis) { id }\n      registeredChildren(first: 8) @include(if: $police) { id }\n      youthCareClients(first: 8) @include(if: $youthCare) { id }\n    }\n  }\n": typeof types.OwnChildrenDocument,
    "\n  query ChildCase($id: ID!) {\n    child(id: $id) { id openCase { id phase status } consents { id purpose organisation { name } status validUntil } }\n  }\n": typeof types.ChildCaseDocument,
    "\n  query PreparedHandovers { preparedHandovers { id child { id } toSchool { id name } preparedAt status } }\n": typeof types.PreparedHandoversDocument,
    "\n  query IncomingHandovers { incomingHandovers { id child { id } fromOrganisation { name } preparedAt status development vveProgramme vveDurationMonths pointsOfAttention } }\n": typeof types.IncomingHandoversDocument,
    "\n  mutation PrepareWarmHandover($input: PrepareWarmHandoverInput!) { prepareWarmHandover(input: $input) { id status } }\n": typeof types.PrepareWarmHandoverDocument,
    "\n  query ChildLog($childId: ID!, $first: Int!, $offset: Int!) {\n    childProcessingLog(childId: $childId, first: $first, offset: $offset) { ...LogEntryFields }\n  }\n  fragment LogEntryFields on ProcessingLogEntry {\n    sequence recordId recordedAt traceId childId professional organisation { id name } role purpose\n    activity { id name legalBasis } fieldsReleased fieldsWithheld outcome\n  }\n": typeof types.ChildLogDocument,
    "\n  query ChildLogExport($childId: ID!, $format: ProcessingLogFormat!) { childProcessingLogExport(childId: $childId, format: $format) { fileName mediaType content recordCount } }\n": typeof types.ChildLogExportDocument,
    "\n  query OrganisationLog($organisationId: ID!, $first: Int!, $offset: Int!) {\n    organisationProcessingLog(organisationId: $organisationId) { organisationId entries(first: $first, offset: $offset) { ...LogEntryFields } }\n  }\n": typeof types.OrganisationLogDocument,
    "\n  query StatedInvolvements { statedInvolvements(first: 100) { signalId child { id } organisation { name } professionalId role reason registeredAt status } }\n": typeof types.StatedInvolvementsDocument,
    "\n  query MySignals {\n    mySignals { id child { id } domain registeredAt status involvement contact { name } }\n    myMatches { since child { id } signals { id organisation { id name } contact { name } domain involvement registeredAt } }\n  }\n": typeof types.MySignalsDocument,
    "\n  mutation RegisterSignal($input: RegisterSignalInput!) { registerSignal(input: $input) { id status } }\n": typeof types.RegisterSignalDocument,
    "\n  mutation WithdrawSignal($signalId: ID!) { withdrawSignal(signalId: $signalId) { id status } }\n": typeof types.WithdrawSignalDocument,
    "\n  query Trends {\n    trendFigures {\n      countedAt\n      childrenWithOpenSignal { value suppressed }\n      openMatches { value suppressed }\n      consentsInForce { value suppressed }\n      openSignalsByDomain { domain count { value suppressed } }\n      openCasesByPhase { phase count { value suppressed } }\n      months {\n        month\n        signalsRegistered { value suppressed }\n        casesOpened { value suppressed }\n        casesClosed { value suppressed }\n        escalations { value suppressed }\n        consentsGiven { value suppressed }\n        handoversPrepared { value suppressed }\n      }\n    }\n  }\n": typeof types.TrendsDocument,
    "\n  query MyCases { myCases { id phase status openedAt child { id } caseDirector { name } pendingPhaseChange { to } } }\n": typeof types.MyCasesDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      phase\n      version\n      openedAt\n      administrativeDirection\n      child { id consents { id purpose organisation { id name } status validUntil givenBy { giver givenAt } confirmedBy { name } } }\n      caseDirector { id name organisation { id name } }\n      participants { organisation { id name } professional { id name } role joinedAt }\n      phaseHistory { from to changedAt reason administrativeDirection changedBy { name } confirmedBy { name organisation { name } } }\n      pendingPhaseChange { to reason administrativeDirection proposedAt proposedBy { name } }\n      goals { id description actions { id description owner { id name } ownerOrganisation { id name } dueDate status updatedAt } }\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) { openCase(input: $input) { id } }\n": typeof types.OpenCaseDocument,
    "\n  mutation ChangePhase($input: ChangePhaseInput!) { changePhase(input: $input) { id } }\n": typeof types.ChangePhaseDocument,
    "\n  mutation ConfirmPhaseChange($input: ConfirmPhaseChangeInput!) { confirmPhaseChange(input: $input) { id } }\n": typeof types.ConfirmPhaseChangeDocument,
    "\n  mutation AddParticipant($input: AddParticipantInput!) { addParticipant(input: $input) { id } }\n": typeof types.AddParticipantDocument,
    "\n  mutation AddGoal($input: AddGoalInput!) { addGoal(input: $input) { id } }\n": typeof types.AddGoalDocument,
    "\n  mutation AddAction($input: AddActionInput!) { addAction(input: $input) { id } }\n": typeof types.AddActionDocument,
    "\n  mutation UpdateAction($input: UpdateActionInput!) { updateAction(input: $input) { id status } }\n": typeof types.UpdateActionDocument,
    "\n  mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { caseId closedAt } }\n": typeof types.CloseCaseDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { id status } }\n": typeof types.RecordConsentDocument,
    "\n  mutation ConfirmConsent($input: ConfirmConsentInput!) { confirmConsent(input: $input) { id status } }\n": typeof types.ConfirmConsentDocument,
    "\n  mutation WithdrawConsent($consentId: ID!) { withdrawConsent(consentId: $consentId) { id status } }\n": typeof types.WithdrawConsentDocument,
    "\n  query ChildSchool($id: ID!) {\n    child(id: $id) {\n      id\n      schoolEnrolment { school { name } group enrolledOn schoolType }\n      schoolAbsences { date hours kind }\n      supportNeeds { level summary }\n      testResults { test date score level }\n      schoolIncidents { date category severity }\n    }\n  }\n": typeof types.ChildSchoolDocument,
    "\n  query ChildChildcare($id: ID!) {\n    child(id: $id) {\n      id\n      childcarePlacement { location { name } group careType daysPerWeek startedOn endedOn }\n      vveIndication { indicatedOn programme hoursPerWeek validUntil }\n      childcareObservations { observedOn instrument domain level assessment }\n      childcareCareSignals { signalledOn concern followUp }\n    }\n  }\n": typeof types.ChildChildcareDocument,
    "\n  query ChildJgz($id: ID!) {\n    child(id: $id) {\n      id\n      jgzCareSummary { activeConcernDomains carePlanStatus openActivities }\n      jgzAdviceForSchool { advice givenOn }\n      jgzConcerns { domain status since }\n      vaccinations { vaccine date status }\n    }\n  }\n": typeof types.ChildJgzDocument,
    "\n  query ChildVeiligThuis($id: ID!) {\n    child(id: $id) {\n      id\n      veiligThuisStatus { stage since }\n      veiligThuisSafetyAssessment { date outcome }\n      veiligThuisFollowUp { track startedOn }\n    }\n  }\n": typeof types.ChildVeiligThuisDocument,
    "\n  query ChildPolice($id: ID!) {\n    child(id: $id) {\n      id\n      policeRegistrations { registeredOn ... on PoliceIncident { incidentType childRole } ... on PoliceCareReport { concern } }\n      domesticViolenceFlag { flaggedSince incidentCount }\n      haltReferrals { referredOn offence outcome }\n      policeCaseOutcome { registrationCount careReportSent summary }\n    }\n  }\n": typeof types.ChildPoliceDocument,
    "\n  query ChildJeugdhulp($id: ID!) {\n    child(id: $id) {\n      id\n      activeYouthCare { provider { name } productCategory allocatedFrom allocatedUntil startedOn }\n    }\n  }\n": typeof types.ChildJeugdhulpDocument,
};
const documents: Documents = {
    "\n  query OwnChildren($org: ID!, $school: Boolean!, $childcare: Boolean!, $ggd: Boolean!, $veiligThuis: Boolean!, $police: Boolean!, $youthCare: Boolean!) {\n    organisation(id: $org) {\n      id\n      pupils(first: 8) @include(if: $school) { id }\n      placedChildren(first: 8) @include(if: $childcare) { id }\n      jgzClients(first: 8) @include(if: $ggd) { id }\n      veiligThuisDossierChildren(first: 8) @include(if: $veiligThuis) { id }\n      registeredChildren(first: 8) @include(if: $police) { id }\n      youthCareClients(first: 8) @include(if: $youthCare) { id }\n    }\n  }\n": types.OwnChildrenDocument,
    "\n  query ChildCase($id: ID!) {\n    child(id: $id) { id openCase { id phase status } consents { id purpose organisation { name } status validUntil } }\n  }\n": types.ChildCaseDocument,
    "\n  query PreparedHandovers { preparedHandovers { id child { id } toSchool { id name } preparedAt status } }\n": types.PreparedHandoversDocument,
    "\n  query IncomingHandovers { incomingHandovers { id child { id } fromOrganisation { name } preparedAt status development vveProgramme vveDurationMonths pointsOfAttention } }\n": types.IncomingHandoversDocument,
    "\n  mutation PrepareWarmHandover($input: PrepareWarmHandoverInput!) { prepareWarmHandover(input: $input) { id status } }\n": types.PrepareWarmHandoverDocument,
    "\n  query ChildLog($childId: ID!, $first: Int!, $offset: Int!) {\n    childProcessingLog(childId: $childId, first: $first, offset: $offset) { ...LogEntryFields }\n  }\n  fragment LogEntryFields on ProcessingLogEntry {\n    sequence recordId recordedAt traceId childId professional organisation { id name } role purpose\n    activity { id name legalBasis } fieldsReleased fieldsWithheld outcome\n  }\n": types.ChildLogDocument,
    "\n  query ChildLogExport($childId: ID!, $format: ProcessingLogFormat!) { childProcessingLogExport(childId: $childId, format: $format) { fileName mediaType content recordCount } }\n": types.ChildLogExportDocument,
    "\n  query OrganisationLog($organisationId: ID!, $first: Int!, $offset: Int!) {\n    organisationProcessingLog(organisationId: $organisationId) { organisationId entries(first: $first, offset: $offset) { ...LogEntryFields } }\n  }\n": types.OrganisationLogDocument,
    "\n  query StatedInvolvements { statedInvolvements(first: 100) { signalId child { id } organisation { name } professionalId role reason registeredAt status } }\n": types.StatedInvolvementsDocument,
    "\n  query MySignals {\n    mySignals { id child { id } domain registeredAt status involvement contact { name } }\n    myMatches { since child { id } signals { id organisation { id name } contact { name } domain involvement registeredAt } }\n  }\n": types.MySignalsDocument,
    "\n  mutation RegisterSignal($input: RegisterSignalInput!) { registerSignal(input: $input) { id status } }\n": types.RegisterSignalDocument,
    "\n  mutation WithdrawSignal($signalId: ID!) { withdrawSignal(signalId: $signalId) { id status } }\n": types.WithdrawSignalDocument,
    "\n  query Trends {\n    trendFigures {\n      countedAt\n      childrenWithOpenSignal { value suppressed }\n      openMatches { value suppressed }\n      consentsInForce { value suppressed }\n      openSignalsByDomain { domain count { value suppressed } }\n      openCasesByPhase { phase count { value suppressed } }\n      months {\n        month\n        signalsRegistered { value suppressed }\n        casesOpened { value suppressed }\n        casesClosed { value suppressed }\n        escalations { value suppressed }\n        consentsGiven { value suppressed }\n        handoversPrepared { value suppressed }\n      }\n    }\n  }\n": types.TrendsDocument,
    "\n  query MyCases { myCases { id phase status openedAt child { id } caseDirector { name } pendingPhaseChange { to } } }\n": types.MyCasesDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      phase\n      version\n      openedAt\n      administrativeDirection\n      child { id consents { id purpose organisation { id name } status validUntil givenBy { giver givenAt } confirmedBy { name } } }\n      caseDirector { id name organisation { id name } }\n      participants { organisation { id name } professional { id name } role joinedAt }\n      phaseHistory { from to changedAt reason administrativeDirection changedBy { name } confirmedBy { name organisation { name } } }\n      pendingPhaseChange { to reason administrativeDirection proposedAt proposedBy { name } }\n      goals { id description actions { id description owner { id name } ownerOrganisation { id name } dueDate status updatedAt } }\n    }\n  }\n": types.CaseDetailDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) { openCase(input: $input) { id } }\n": types.OpenCaseDocument,
    "\n  mutation ChangePhase($input: ChangePhaseInput!) { changePhase(input: $input) { id } }\n": types.ChangePhaseDocument,
    "\n  mutation ConfirmPhaseChange($input: ConfirmPhaseChangeInput!) { confirmPhaseChange(input: $input) { id } }\n": types.ConfirmPhaseChangeDocument,
    "\n  mutation AddParticipant($input: AddParticipantInput!) { addParticipant(input: $input) { id } }\n": types.AddParticipantDocument,
    "\n  mutation AddGoal($input: AddGoalInput!) { addGoal(input: $input) { id } }\n": types.AddGoalDocument,
    "\n  mutation AddAction($input: AddActionInput!) { addAction(input: $input) { id } }\n": types.AddActionDocument,
    "\n  mutation UpdateAction($input: UpdateActionInput!) { updateAction(input: $input) { id status } }\n": types.UpdateActionDocument,
    "\n  mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { caseId closedAt } }\n": types.CloseCaseDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { id status } }\n": types.RecordConsentDocument,
    "\n  mutation ConfirmConsent($input: ConfirmConsentInput!) { confirmConsent(input: $input) { id status } }\n": types.ConfirmConsentDocument,
    "\n  mutation WithdrawConsent($consentId: ID!) { withdrawConsent(consentId: $consentId) { id status } }\n": types.WithdrawConsentDocument,
    "\n  query ChildSchool($id: ID!) {\n    child(id: $id) {\n      id\n      schoolEnrolment { school { name } group enrolledOn schoolType }\n      schoolAbsences { date hours kind }\n      supportNeeds { level summary }\n      testResults { test date score level }\n      schoolIncidents { date category severity }\n    }\n  }\n": types.ChildSchoolDocument,
    "\n  query ChildChildcare($id: ID!) {\n    child(id: $id) {\n      id\n      childcarePlacement { location { name } group careType daysPerWeek startedOn endedOn }\n      vveIndication { indicatedOn programme hoursPerWeek validUntil }\n      childcareObservations { observedOn instrument domain level assessment }\n      childcareCareSignals { signalledOn concern followUp }\n    }\n  }\n": types.ChildChildcareDocument,
    "\n  query ChildJgz($id: ID!) {\n    child(id: $id) {\n      id\n      jgzCareSummary { activeConcernDomains carePlanStatus openActivities }\n      jgzAdviceForSchool { advice givenOn }\n      jgzConcerns { domain status since }\n      vaccinations { vaccine date status }\n    }\n  }\n": types.ChildJgzDocument,
    "\n  query ChildVeiligThuis($id: ID!) {\n    child(id: $id) {\n      id\n      veiligThuisStatus { stage since }\n      veiligThuisSafetyAssessment { date outcome }\n      veiligThuisFollowUp { track startedOn }\n    }\n  }\n": types.ChildVeiligThuisDocument,
    "\n  query ChildPolice($id: ID!) {\n    child(id: $id) {\n      id\n      policeRegistrations { registeredOn ... on PoliceIncident { incidentType childRole } ... on PoliceCareReport { concern } }\n      domesticViolenceFlag { flaggedSince incidentCount }\n      haltReferrals { referredOn offence outcome }\n      policeCaseOutcome { registrationCount careReportSent summary }\n    }\n  }\n": types.ChildPoliceDocument,
    "\n  query ChildJeugdhulp($id: ID!) {\n    child(id: $id) {\n      id\n      activeYouthCare { provider { name } productCategory allocatedFrom allocatedUntil startedOn }\n    }\n  }\n": types.ChildJeugdhulpDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnChildren($org: ID!, $school: Boolean!, $childcare: Boolean!, $ggd: Boolean!, $veiligThuis: Boolean!, $police: Boolean!, $youthCare: Boolean!) {\n    organisation(id: $org) {\n      id\n      pupils(first: 8) @include(if: $school) { id }\n      placedChildren(first: 8) @include(if: $childcare) { id }\n      jgzClients(first: 8) @include(if: $ggd) { id }\n      veiligThuisDossierChildren(first: 8) @include(if: $veiligThuis) { id }\n      registeredChildren(first: 8) @include(if: $police) { id }\n      youthCareClients(first: 8) @include(if: $youthCare) { id }\n    }\n  }\n"): (typeof documents)["\n  query OwnChildren($org: ID!, $school: Boolean!, $childcare: Boolean!, $ggd: Boolean!, $veiligThuis: Boolean!, $police: Boolean!, $youthCare: Boolean!) {\n    organisation(id: $org) {\n      id\n      pupils(first: 8) @include(if: $school) { id }\n      placedChildren(first: 8) @include(if: $childcare) { id }\n      jgzClients(first: 8) @include(if: $ggd) { id }\n      veiligThuisDossierChildren(first: 8) @include(if: $veiligThuis) { id }\n      registeredChildren(first: 8) @include(if: $police) { id }\n      youthCareClients(first: 8) @include(if: $youthCare) { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildCase($id: ID!) {\n    child(id: $id) { id openCase { id phase status } consents { id purpose organisation { name } status validUntil } }\n  }\n"): (typeof documents)["\n  query ChildCase($id: ID!) {\n    child(id: $id) { id openCase { id phase status } consents { id purpose organisation { name } status validUntil } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreparedHandovers { preparedHandovers { id child { id } toSchool { id name } preparedAt status } }\n"): (typeof documents)["\n  query PreparedHandovers { preparedHandovers { id child { id } toSchool { id name } preparedAt status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncomingHandovers { incomingHandovers { id child { id } fromOrganisation { name } preparedAt status development vveProgramme vveDurationMonths pointsOfAttention } }\n"): (typeof documents)["\n  query IncomingHandovers { incomingHandovers { id child { id } fromOrganisation { name } preparedAt status development vveProgramme vveDurationMonths pointsOfAttention } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrepareWarmHandover($input: PrepareWarmHandoverInput!) { prepareWarmHandover(input: $input) { id status } }\n"): (typeof documents)["\n  mutation PrepareWarmHandover($input: PrepareWarmHandoverInput!) { prepareWarmHandover(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildLog($childId: ID!, $first: Int!, $offset: Int!) {\n    childProcessingLog(childId: $childId, first: $first, offset: $offset) { ...LogEntryFields }\n  }\n  fragment LogEntryFields on ProcessingLogEntry {\n    sequence recordId recordedAt traceId childId professional organisation { id name } role purpose\n    activity { id name legalBasis } fieldsReleased fieldsWithheld outcome\n  }\n"): (typeof documents)["\n  query ChildLog($childId: ID!, $first: Int!, $offset: Int!) {\n    childProcessingLog(childId: $childId, first: $first, offset: $offset) { ...LogEntryFields }\n  }\n  fragment LogEntryFields on ProcessingLogEntry {\n    sequence recordId recordedAt traceId childId professional organisation { id name } role purpose\n    activity { id name legalBasis } fieldsReleased fieldsWithheld outcome\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildLogExport($childId: ID!, $format: ProcessingLogFormat!) { childProcessingLogExport(childId: $childId, format: $format) { fileName mediaType content recordCount } }\n"): (typeof documents)["\n  query ChildLogExport($childId: ID!, $format: ProcessingLogFormat!) { childProcessingLogExport(childId: $childId, format: $format) { fileName mediaType content recordCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationLog($organisationId: ID!, $first: Int!, $offset: Int!) {\n    organisationProcessingLog(organisationId: $organisationId) { organisationId entries(first: $first, offset: $offset) { ...LogEntryFields } }\n  }\n"): (typeof documents)["\n  query OrganisationLog($organisationId: ID!, $first: Int!, $offset: Int!) {\n    organisationProcessingLog(organisationId: $organisationId) { organisationId entries(first: $first, offset: $offset) { ...LogEntryFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatedInvolvements { statedInvolvements(first: 100) { signalId child { id } organisation { name } professionalId role reason registeredAt status } }\n"): (typeof documents)["\n  query StatedInvolvements { statedInvolvements(first: 100) { signalId child { id } organisation { name } professionalId role reason registeredAt status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySignals {\n    mySignals { id child { id } domain registeredAt status involvement contact { name } }\n    myMatches { since child { id } signals { id organisation { id name } contact { name } domain involvement registeredAt } }\n  }\n"): (typeof documents)["\n  query MySignals {\n    mySignals { id child { id } domain registeredAt status involvement contact { name } }\n    myMatches { since child { id } signals { id organisation { id name } contact { name } domain involvement registeredAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterSignal($input: RegisterSignalInput!) { registerSignal(input: $input) { id status } }\n"): (typeof documents)["\n  mutation RegisterSignal($input: RegisterSignalInput!) { registerSignal(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSignal($signalId: ID!) { withdrawSignal(signalId: $signalId) { id status } }\n"): (typeof documents)["\n  mutation WithdrawSignal($signalId: ID!) { withdrawSignal(signalId: $signalId) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trends {\n    trendFigures {\n      countedAt\n      childrenWithOpenSignal { value suppressed }\n      openMatches { value suppressed }\n      consentsInForce { value suppressed }\n      openSignalsByDomain { domain count { value suppressed } }\n      openCasesByPhase { phase count { value suppressed } }\n      months {\n        month\n        signalsRegistered { value suppressed }\n        casesOpened { value suppressed }\n        casesClosed { value suppressed }\n        escalations { value suppressed }\n        consentsGiven { value suppressed }\n        handoversPrepared { value suppressed }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Trends {\n    trendFigures {\n      countedAt\n      childrenWithOpenSignal { value suppressed }\n      openMatches { value suppressed }\n      consentsInForce { value suppressed }\n      openSignalsByDomain { domain count { value suppressed } }\n      openCasesByPhase { phase count { value suppressed } }\n      months {\n        month\n        signalsRegistered { value suppressed }\n        casesOpened { value suppressed }\n        casesClosed { value suppressed }\n        escalations { value suppressed }\n        consentsGiven { value suppressed }\n        handoversPrepared { value suppressed }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCases { myCases { id phase status openedAt child { id } caseDirector { name } pendingPhaseChange { to } } }\n"): (typeof documents)["\n  query MyCases { myCases { id phase status openedAt child { id } caseDirector { name } pendingPhaseChange { to } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      phase\n      version\n      openedAt\n      administrativeDirection\n      child { id consents { id purpose organisation { id name } status validUntil givenBy { giver givenAt } confirmedBy { name } } }\n      caseDirector { id name organisation { id name } }\n      participants { organisation { id name } professional { id name } role joinedAt }\n      phaseHistory { from to changedAt reason administrativeDirection changedBy { name } confirmedBy { name organisation { name } } }\n      pendingPhaseChange { to reason administrativeDirection proposedAt proposedBy { name } }\n      goals { id description actions { id description owner { id name } ownerOrganisation { id name } dueDate status updatedAt } }\n    }\n  }\n"): (typeof documents)["\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      phase\n      version\n      openedAt\n      administrativeDirection\n      child { id consents { id purpose organisation { id name } status validUntil givenBy { giver givenAt } confirmedBy { name } } }\n      caseDirector { id name organisation { id name } }\n      participants { organisation { id name } professional { id name } role joinedAt }\n      phaseHistory { from to changedAt reason administrativeDirection changedBy { name } confirmedBy { name organisation { name } } }\n      pendingPhaseChange { to reason administrativeDirection proposedAt proposedBy { name } }\n      goals { id description actions { id description owner { id name } ownerOrganisation { id name } dueDate status updatedAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($input: OpenCaseInput!) { openCase(input: $input) { id } }\n"): (typeof documents)["\n  mutation OpenCase($input: OpenCaseInput!) { openCase(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePhase($input: ChangePhaseInput!) { changePhase(input: $input) { id } }\n"): (typeof documents)["\n  mutation ChangePhase($input: ChangePhaseInput!) { changePhase(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPhaseChange($input: ConfirmPhaseChangeInput!) { confirmPhaseChange(input: $input) { id } }\n"): (typeof documents)["\n  mutation ConfirmPhaseChange($input: ConfirmPhaseChangeInput!) { confirmPhaseChange(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddParticipant($input: AddParticipantInput!) { addParticipant(input: $input) { id } }\n"): (typeof documents)["\n  mutation AddParticipant($input: AddParticipantInput!) { addParticipant(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGoal($input: AddGoalInput!) { addGoal(input: $input) { id } }\n"): (typeof documents)["\n  mutation AddGoal($input: AddGoalInput!) { addGoal(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAction($input: AddActionInput!) { addAction(input: $input) { id } }\n"): (typeof documents)["\n  mutation AddAction($input: AddActionInput!) { addAction(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAction($input: UpdateActionInput!) { updateAction(input: $input) { id status } }\n"): (typeof documents)["\n  mutation UpdateAction($input: UpdateActionInput!) { updateAction(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { caseId closedAt } }\n"): (typeof documents)["\n  mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { caseId closedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { id status } }\n"): (typeof documents)["\n  mutation RecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmConsent($input: ConfirmConsentInput!) { confirmConsent(input: $input) { id status } }\n"): (typeof documents)["\n  mutation ConfirmConsent($input: ConfirmConsentInput!) { confirmConsent(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($consentId: ID!) { withdrawConsent(consentId: $consentId) { id status } }\n"): (typeof documents)["\n  mutation WithdrawConsent($consentId: ID!) { withdrawConsent(consentId: $consentId) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildSchool($id: ID!) {\n    child(id: $id) {\n      id\n      schoolEnrolment { school { name } group enrolledOn schoolType }\n      schoolAbsences { date hours kind }\n      supportNeeds { level summary }\n      testResults { test date score level }\n      schoolIncidents { date category severity }\n    }\n  }\n"): (typeof documents)["\n  query ChildSchool($id: ID!) {\n    child(id: $id) {\n      id\n      schoolEnrolment { school { name } group enrolledOn schoolType }\n      schoolAbsences { date hours kind }\n      supportNeeds { level summary }\n      testResults { test date score level }\n      schoolIncidents { date category severity }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildChildcare($id: ID!) {\n    child(id: $id) {\n      id\n      childcarePlacement { location { name } group careType daysPerWeek startedOn endedOn }\n      vveIndication { indicatedOn programme hoursPerWeek validUntil }\n      childcareObservations { observedOn instrument domain level assessment }\n      childcareCareSignals { signalledOn concern followUp }\n    }\n  }\n"): (typeof documents)["\n  query ChildChildcare($id: ID!) {\n    child(id: $id) {\n      id\n      childcarePlacement { location { name } group careType daysPerWeek startedOn endedOn }\n      vveIndication { indicatedOn programme hoursPerWeek validUntil }\n      childcareObservations { observedOn instrument domain level assessment }\n      childcareCareSignals { signalledOn concern followUp }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildJgz($id: ID!) {\n    child(id: $id) {\n      id\n      jgzCareSummary { activeConcernDomains carePlanStatus openActivities }\n      jgzAdviceForSchool { advice givenOn }\n      jgzConcerns { domain status since }\n      vaccinations { vaccine date status }\n    }\n  }\n"): (typeof documents)["\n  query ChildJgz($id: ID!) {\n    child(id: $id) {\n      id\n      jgzCareSummary { activeConcernDomains carePlanStatus openActivities }\n      jgzAdviceForSchool { advice givenOn }\n      jgzConcerns { domain status since }\n      vaccinations { vaccine date status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildVeiligThuis($id: ID!) {\n    child(id: $id) {\n      id\n      veiligThuisStatus { stage since }\n      veiligThuisSafetyAssessment { date outcome }\n      veiligThuisFollowUp { track startedOn }\n    }\n  }\n"): (typeof documents)["\n  query ChildVeiligThuis($id: ID!) {\n    child(id: $id) {\n      id\n      veiligThuisStatus { stage since }\n      veiligThuisSafetyAssessment { date outcome }\n      veiligThuisFollowUp { track startedOn }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildPolice($id: ID!) {\n    child(id: $id) {\n      id\n      policeRegistrations { registeredOn ... on PoliceIncident { incidentType childRole } ... on PoliceCareReport { concern } }\n      domesticViolenceFlag { flaggedSince incidentCount }\n      haltReferrals { referredOn offence outcome }\n      policeCaseOutcome { registrationCount careReportSent summary }\n    }\n  }\n"): (typeof documents)["\n  query ChildPolice($id: ID!) {\n    child(id: $id) {\n      id\n      policeRegistrations { registeredOn ... on PoliceIncident { incidentType childRole } ... on PoliceCareReport { concern } }\n      domesticViolenceFlag { flaggedSince incidentCount }\n      haltReferrals { referredOn offence outcome }\n      policeCaseOutcome { registrationCount careReportSent summary }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildJeugdhulp($id: ID!) {\n    child(id: $id) {\n      id\n      activeYouthCare { provider { name } productCategory allocatedFrom allocatedUntil startedOn }\n    }\n  }\n"): (typeof documents)["\n  query ChildJeugdhulp($id: ID!) {\n    child(id: $id) {\n      id\n      activeYouthCare { provider { name } productCategory allocatedFrom allocatedUntil startedOn }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;