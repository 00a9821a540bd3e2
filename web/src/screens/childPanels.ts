import type { ChildPanelQuery } from '../components/PartnerPanel.tsx';
import { graphql } from '../gql';

const School = graphql(/* GraphQL */ `
  query ChildSchool($id: ID!) {
    child(id: $id) {
      id
      schoolEnrolment { school { name } group enrolledOn schoolType }
      schoolAbsences { date hours kind }
      supportNeeds { level summary }
      testResults { test date score level }
      schoolIncidents { date category severity }
    }
  }
`);
const Childcare = graphql(/* GraphQL */ `
  query ChildChildcare($id: ID!) {
    child(id: $id) {
      id
      childcarePlacement { location { name } group careType daysPerWeek startedOn endedOn }
      vveIndication { indicatedOn programme hoursPerWeek validUntil }
      childcareObservations { observedOn instrument domain level assessment }
      childcareCareSignals { signalledOn concern followUp }
    }
  }
`);
const Jgz = graphql(/* GraphQL */ `
  query ChildJgz($id: ID!) {
    child(id: $id) {
      id
      jgzCareSummary { activeConcernDomains carePlanStatus openActivities }
      jgzAdviceForSchool { advice givenOn }
      jgzConcerns { domain status since }
      vaccinations { vaccine date status }
    }
  }
`);
const VeiligThuis = graphql(/* GraphQL */ `
  query ChildVeiligThuis($id: ID!) {
    child(id: $id) {
      id
      veiligThuisStatus { stage since }
      veiligThuisSafetyAssessment { date outcome }
      veiligThuisFollowUp { track startedOn }
    }
  }
`);
const Police = graphql(/* GraphQL */ `
  query ChildPolice($id: ID!) {
    child(id: $id) {
      id
      policeRegistrations { registeredOn ... on PoliceIncident { incidentType childRole } ... on PoliceCareReport { concern } }
      domesticViolenceFlag { flaggedSince incidentCount }
      haltReferrals { referredOn offence outcome }
      policeCaseOutcome { registrationCount careReportSent summary }
    }
  }
`);
const Jeugdhulp = graphql(/* GraphQL */ `
  query ChildJeugdhulp($id: ID!) {
    child(id: $id) {
      id
      activeYouthCare { provider { name } productCategory allocatedFrom allocatedUntil startedOn }
    }
  }
`);

/** One panel per partner of the covenant, in the order of the work process (school first, the hub's own last). */
export const CHILD_PANELS: readonly { partner: string; title: string; query: ChildPanelQuery; fields: readonly string[] }[] = [
  { partner: 'school', title: 'School', query: School, fields: ['schoolEnrolment', 'schoolAbsences', 'supportNeeds', 'testResults', 'schoolIncidents'] },
  { partner: 'childcare', title: 'Kinderopvang', query: Childcare, fields: ['childcarePlacement', 'vveIndication', 'childcareObservations', 'childcareCareSignals'] },
  { partner: 'ggd', title: 'GGD (jeugdgezondheidszorg)', query: Jgz, fields: ['jgzCareSummary', 'jgzAdviceForSchool', 'jgzConcerns', 'vaccinations'] },
  { partner: 'veiligthuis', title: 'Veilig Thuis', query: VeiligThuis, fields: ['veiligThuisStatus', 'veiligThuisSafetyAssessment', 'veiligThuisFollowUp'] },
  { partner: 'police', title: 'Politie', query: Police, fields: ['policeRegistrations', 'domesticViolenceFlag', 'haltReferrals', 'policeCaseOutcome'] },
  { partner: 'jeugdhulp', title: 'Jeugdhulp', query: Jeugdhulp, fields: ['activeYouthCare'] },
];
