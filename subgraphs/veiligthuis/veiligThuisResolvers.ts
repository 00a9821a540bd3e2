import { childrenHeldBy, loadForChild, loadListForChild, resolveChildReference, resolveOrganisationReference } from '../kit/childRecords.ts';
import type {
  Resolvers,
  VeiligThuisReporterKind,
  VeiligThuisReportStatus,
  VeiligThuisSafety,
  VeiligThuisStage,
  VeiligThuisSuspicion,
  VeiligThuisTrack,
} from './__generated__/resolvers.ts';
import type { VtMelder, VtMelding, VtTerugkoppeling, VtVeiligheidsbeoordeling, VtVermoeden, VtVervolg } from './records.ts';

const SUSPICION: Record<VtVermoeden, VeiligThuisSuspicion> = {
  'lichamelijke mishandeling': 'PHYSICAL_ABUSE',
  'psychische mishandeling': 'PSYCHOLOGICAL_ABUSE',
  verwaarlozing: 'NEGLECT',
  'seksueel misbruik': 'SEXUAL_ABUSE',
  'getuige huiselijk geweld': 'WITNESS_OF_DOMESTIC_VIOLENCE',
};
const REPORT_STATUS: Record<VtMelding['status'], VeiligThuisReportStatus> = { ontvangen: 'RECEIVED', 'in onderzoek': 'UNDER_INVESTIGATION', afgesloten: 'CLOSED' };
const REPORTER_KIND: Record<VtMelder['soort'], VeiligThuisReporterKind> = { professional: 'PROFESSIONAL', particulier: 'PRIVATE_PERSON', anoniem: 'ANONYMOUS' };
const SAFETY: Record<VtVeiligheidsbeoordeling['oordeel'], VeiligThuisSafety> = { veilig: 'SAFE', onveilig: 'UNSAFE', 'acuut onveilig': 'ACUTELY_UNSAFE' };
const TRACK: Record<VtVervolg['spoor'], VeiligThuisTrack> = {
  'overdracht aan lokaal team': 'HANDOVER_TO_LOCAL_TEAM',
  onderzoek: 'INVESTIGATION',
  'voorwaarden en vervolg': 'CONDITIONS_AND_MONITORING',
  'geen vervolg': 'NO_FURTHER_ACTION',
};
const STAGE: Record<VtTerugkoppeling['fase'], VeiligThuisStage> = {
  'advies gegeven': 'ADVICE_GIVEN',
  'melding ontvangen': 'REPORT_RECEIVED',
  'in behandeling': 'IN_PROGRESS',
  overgedragen: 'HANDED_OVER',
  afgesloten: 'CLOSED',
};

/** Maps the registration system's format onto the graph. Privacy is decided by the kit's guard before these run. */
export const veiligThuisResolvers: Resolvers = {
  Child: {
    __resolveReference: resolveChildReference,
    veiligThuisContacts: async (child, _args, { partner, loaders }) => {
      // Reports and advice requests are two resources at the partner and one list on the graph.
      const [meldingen, adviezen] = await Promise.all([
        loadListForChild(partner.index, child.id, loaders.meldingen),
        loadListForChild(partner.index, child.id, loaders.adviezen),
      ]);
      return [...meldingen, ...adviezen].sort((a, b) => b.datum.localeCompare(a.datum));
    },
    veiligThuisSafetyAssessment: (child, _args, { partner, loaders }) => loadForChild(partner.index, child.id, loaders.veiligheidsbeoordeling),
    veiligThuisFollowUp: (child, _args, { partner, loaders }) => loadForChild(partner.index, child.id, loaders.vervolg),
    veiligThuisStatus: (child, _args, { partner, loaders }) => loadForChild(partner.index, child.id, loaders.terugkoppeling),
  },
  Organisation: {
    __resolveReference: resolveOrganisationReference,
    veiligThuisDossierChildren: (organisation, page, { partner }) => childrenHeldBy(partner.index, organisation.id, page),
  },
  VeiligThuisContact: {
    // Each partner resource has its own number field, so the record tells its graph type.
    __resolveType: (contact) => ('meldingsnummer' in contact ? 'VeiligThuisReport' : 'VeiligThuisAdviceRequest'),
  },
  VeiligThuisReport: {
    date: (melding) => melding.datum,
    suspicion: (melding) => SUSPICION[melding.vermoeden],
    status: (melding) => REPORT_STATUS[melding.status],
    // The reporter inherits the report's subject, so the guard decides its stricter rule for the same child.
    reporter: (melding) => ({ ...melding.melder, childId: melding.childId, holderOrganisationId: melding.holderOrganisationId }),
  },
  VeiligThuisReporter: {
    kind: (melder) => REPORTER_KIND[melder.soort],
    organisation: (melder) => (melder.organisatieCode ? { id: melder.organisatieCode } : null),
    organisationName: (melder) => melder.organisatieNaam,
    name: (melder) => melder.afgeschermd?.naam ?? null,
    position: (melder) => melder.afgeschermd?.functie ?? null,
  },
  VeiligThuisAdviceRequest: {
    date: (advies) => advies.datum,
    suspicion: (advies) => SUSPICION[advies.vermoeden],
    requesterKind: (advies) => REPORTER_KIND[advies.vrager],
    advice: (advies) => advies.advies,
  },
  VeiligThuisSafetyAssessment: {
    date: (beoordeling) => beoordeling.datum,
    outcome: (beoordeling) => SAFETY[beoordeling.oordeel],
  },
  VeiligThuisFollowUp: {
    track: (vervolg) => TRACK[vervolg.spoor],
    startedOn: (vervolg) => vervolg.startdatum,
    handedOverTo: (vervolg) => (vervolg.overgedragenAan ? { id: vervolg.overgedragenAan } : null),
  },
  VeiligThuisStatus: {
    stage: (terugkoppeling) => STAGE[terugkoppeling.fase],
    since: (terugkoppeling) => terugkoppeling.sinds,
  },
};
