import { childrenHeldBy, loadForChild, loadListForChild, resolveChildReference, resolveOrganisationReference } from '../kit/childRecords.ts';
import type { Resolvers } from './__generated__/resolvers.ts';
import {
  CARE_REPORT_CONCERN,
  CARE_REPORT_RECIPIENT,
  CHILD_ROLE,
  HALT_OFFENCE,
  HALT_OUTCOME,
  HALT_REFERRER,
  INCIDENT_TYPE,
  PROKID_ADDRESS_SIGNAL,
  PROKID_COLOUR,
} from './policeCodes.ts';
import { caseOutcome } from './policeOutcome.ts';
import type { RegistrationRecord } from './records.ts';

const isCareReport = (record: RegistrationRecord) => 'zorgmeldingnummer' in record;
const dateOf = (record: RegistrationRecord) => ('zorgmeldingnummer' in record ? record.datum : record.pleegdatum);

/** Maps the registration system's format onto the graph. Privacy is decided by the kit's guard before these run. */
export const policeResolvers: Resolvers = {
  Child: {
    __resolveReference: resolveChildReference,
    policeRegistrations: async (child, _args, { partner, loaders }) => {
      const [incidents, careReports] = await Promise.all([
        loadListForChild(partner.index, child.id, loaders.registraties),
        loadListForChild(partner.index, child.id, loaders.zorgmeldingen),
      ]);
      return [...incidents, ...careReports].sort((a, b) => dateOf(b).localeCompare(dateOf(a)));
    },
    domesticViolenceFlag: (child, _args, { partner, loaders }) => loadForChild(partner.index, child.id, loaders.hgSignalering),
    proKidSignal: (child, _args, { partner, loaders }) => loadForChild(partner.index, child.id, loaders.prokid),
    // Purpose binding narrows the records, not only the field: leerplicht sees truancy referrals only,
    // and the others are not even fetched. The kit's rules decide fields, so this narrowing lives here.
    haltReferrals: (child, _args, { partner, loaders, caller }) =>
      loadListForChild(partner.index, child.id, caller.purpose === 'COMPULSORY_EDUCATION' ? loaders.haltSchoolverzuim : loaders.halt),
    policeCaseOutcome: async (child, _args, { partner, loaders }) => {
      const indexed = await partner.index.lookup(child.id);
      if (!indexed) return null;
      const [registraties, zorgmeldingen] = await Promise.all([loaders.registraties.load(indexed.localId), loaders.zorgmeldingen.load(indexed.localId)]);
      return { registraties: registraties ?? [], zorgmeldingen: zorgmeldingen ?? [], childId: child.id, holderOrganisationId: indexed.holderOrganisationId };
    },
  },
  Organisation: {
    __resolveReference: resolveOrganisationReference,
    registeredChildren: (organisation, page, { partner }) => childrenHeldBy(partner.index, organisation.id, page),
  },
  PoliceRegistration: {
    __resolveType: (record) => (isCareReport(record) ? 'PoliceCareReport' : 'PoliceIncident'),
  },
  PoliceIncident: {
    registeredOn: (registratie) => registratie.pleegdatum,
    incidentType: (registratie) => INCIDENT_TYPE[registratie.incidentsoort],
    childRole: (registratie) => CHILD_ROLE[registratie.rol],
    narrative: (registratie) => registratie.mutatietekst,
  },
  PoliceCareReport: {
    registeredOn: (zorgmelding) => zorgmelding.datum,
    sentTo: (zorgmelding) => CARE_REPORT_RECIPIENT[zorgmelding.ontvanger],
    concern: (zorgmelding) => CARE_REPORT_CONCERN[zorgmelding.aanleiding],
    findings: (zorgmelding) => zorgmelding.bevindingen,
  },
  PoliceDomesticViolenceFlag: {
    flaggedSince: (flag) => flag.sinds,
    lastIncidentOn: (flag) => flag.laatsteIncident,
    incidentCount: (flag) => flag.aantalIncidenten,
  },
  ProKidSignal: {
    colour: (signal) => PROKID_COLOUR[signal.kleurcode],
    determinedOn: (signal) => signal.vastgesteld,
    addressSignals: (signal) =>
      signal.adressignalen.map((adressignaal) => ({ ...adressignaal, childId: signal.childId, holderOrganisationId: signal.holderOrganisationId })),
  },
  ProKidAddressSignal: {
    registeredOn: (adressignaal) => adressignaal.datum,
    kind: (adressignaal) => PROKID_ADDRESS_SIGNAL[adressignaal.soort],
  },
  HaltReferral: {
    referredOn: (halt) => halt.verwijsdatum,
    offence: (halt) => HALT_OFFENCE[halt.feit],
    referredBy: (halt) => HALT_REFERRER[halt.verwijzer],
    outcome: (halt) => HALT_OUTCOME[halt.uitkomst],
  },
  PoliceCaseOutcome: {
    registrationCount: (source) => caseOutcome(source).registrationCount,
    roles: (source) => caseOutcome(source).roles,
    lastRegisteredOn: (source) => caseOutcome(source).lastRegisteredOn,
    careReportSent: (source) => caseOutcome(source).careReportSent,
    summary: (source) => caseOutcome(source).summary,
  },
};
