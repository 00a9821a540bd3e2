import { childrenHeldBy, loadForChild, loadListForChild, resolveChildReference, resolveOrganisationReference } from '../kit/childRecords.ts';
import type { AbsenceKind, Resolvers, SchoolIncidentCategory, Severity, SupportLevel } from './__generated__/resolvers.ts';
import type { SisIncident, SisOndersteuning, SisVerzuim } from './records.ts';

const ABSENCE_KIND: Record<SisVerzuim['soort'], AbsenceKind> = {
  ZIEK: 'SICK',
  GEOORLOOFD: 'AUTHORISED',
  ONGEOORLOOFD: 'UNAUTHORISED',
  TE_LAAT: 'LATE',
};
const SUPPORT_LEVEL: Record<SisOndersteuning['niveau'], SupportLevel> = { BASIS: 'BASIC', EXTRA: 'EXTRA', OPP: 'DEVELOPMENT_PLAN' };
const INCIDENT_CATEGORY: Record<SisIncident['categorie'], SchoolIncidentCategory> = {
  PESTEN: 'BULLYING',
  GEWELD: 'VIOLENCE',
  DIEFSTAL: 'THEFT',
  VERNIELING: 'VANDALISM',
  MIDDELEN: 'SUBSTANCES',
  OVERIG: 'OTHER',
};
const SEVERITY: Record<SisIncident['ernst'], Severity> = { LAAG: 'LOW', MIDDEL: 'MEDIUM', HOOG: 'HIGH' };

/** Maps the SIS format onto the graph. Privacy is decided by the kit's guard before these run. */
export const schoolResolvers: Resolvers = {
  Child: {
    __resolveReference: resolveChildReference,
    schoolEnrolment: (child, _args, { partner, loaders }) => loadForChild(partner.index, child.id, loaders.leerling),
    schoolAbsences: (child, _args, { partner, loaders }) => loadListForChild(partner.index, child.id, loaders.verzuim),
    supportNeeds: (child, _args, { partner, loaders }) => loadForChild(partner.index, child.id, loaders.ondersteuning),
    testResults: (child, _args, { partner, loaders }) => loadListForChild(partner.index, child.id, loaders.toetsen),
    schoolIncidents: (child, _args, { partner, loaders }) => loadListForChild(partner.index, child.id, loaders.incidenten),
  },
  Organisation: {
    __resolveReference: resolveOrganisationReference,
    pupils: (organisation, page, { partner }) => childrenHeldBy(partner.index, organisation.id, page),
  },
  SchoolEnrolment: {
    school: (leerling) => ({ id: leerling.brin }),
    group: (leerling) => leerling.groep,
    enrolledOn: (leerling) => leerling.inschrijfdatum,
    schoolType: (leerling) => (/^[1-8]$/.test(leerling.groep) ? 'PRIMARY' : 'SECONDARY'),
  },
  SchoolAbsence: {
    date: (verzuim) => verzuim.datum,
    hours: (verzuim) => verzuim.uren,
    kind: (verzuim) => ABSENCE_KIND[verzuim.soort],
    reportedToCompulsoryEducation: (verzuim) => verzuim.gemeldBijLeerplicht,
  },
  SupportNeeds: {
    level: (support) => SUPPORT_LEVEL[support.niveau],
    summary: (support) => support.toelichting,
    developmentPlan: (support) => support.opp && { ...support.opp, childId: support.childId, holderOrganisationId: support.holderOrganisationId },
  },
  DevelopmentPlan: {
    establishedOn: (plan) => plan.vastgesteld,
    expectedDestination: (plan) => plan.uitstroomprofiel,
    goals: (plan) => plan.doelen,
  },
  TestResult: {
    test: (toets) => toets.toets,
    date: (toets) => toets.datum,
    score: (toets) => toets.score,
    level: (toets) => toets.niveau,
  },
  SchoolIncident: {
    date: (incident) => incident.datum,
    category: (incident) => INCIDENT_CATEGORY[incident.categorie],
    severity: (incident) => SEVERITY[incident.ernst],
    policeInvolved: (incident) => incident.politieIngeschakeld,
  },
};
