import type {
  HaltOffence,
  HaltOutcome,
  HaltReferrer,
  PoliceCareReportConcern,
  PoliceCareReportRecipient,
  PoliceChildRole,
  PoliceIncidentType,
  ProKidAddressSignalKind,
  ProKidColour,
} from './__generated__/resolvers.ts';
import type { BvhAdressignaal, BvhHalt, BvhProKid, BvhRegistratie, BvhZorgmelding } from './records.ts';

/** The registration system's codes and the graph's enums, one table per code list. */
export const CHILD_ROLE: Record<BvhRegistratie['rol'], PoliceChildRole> = {
  verdachte: 'SUSPECT',
  slachtoffer: 'VICTIM',
  getuige: 'WITNESS',
  betrokkene: 'INVOLVED',
};

export const INCIDENT_TYPE: Record<BvhRegistratie['incidentsoort'], PoliceIncidentType> = {
  HUISELIJK_GEWELD: 'DOMESTIC_VIOLENCE',
  MISHANDELING: 'ASSAULT',
  DIEFSTAL: 'THEFT',
  VERNIELING: 'VANDALISM',
  JEUGDOVERLAST: 'YOUTH_NUISANCE',
  BEDREIGING: 'THREAT',
  VERMISSING: 'MISSING_PERSON',
};

export const CARE_REPORT_RECIPIENT: Record<BvhZorgmelding['ontvanger'], PoliceCareReportRecipient> = {
  VEILIG_THUIS: 'VEILIG_THUIS',
  JEUGDTEAM: 'YOUTH_TEAM',
};

export const CARE_REPORT_CONCERN: Record<BvhZorgmelding['aanleiding'], PoliceCareReportConcern> = {
  HUISELIJK_GEWELD: 'DOMESTIC_VIOLENCE',
  OPVOEDINGSPROBLEMATIEK: 'PARENTING',
  JEUGDCRIMINALITEIT: 'YOUTH_CRIME',
  VERWAARLOZING: 'NEGLECT',
  OVERIG: 'OTHER',
};

export const PROKID_COLOUR: Record<BvhProKid['kleurcode'], ProKidColour> = { wit: 'WHITE', geel: 'YELLOW', oranje: 'ORANGE', rood: 'RED' };

export const PROKID_ADDRESS_SIGNAL: Record<BvhAdressignaal['soort'], ProKidAddressSignalKind> = {
  HUISELIJK_GEWELD: 'DOMESTIC_VIOLENCE',
  OVERLAST: 'NUISANCE',
  DRUGS: 'DRUGS',
  ZORGMELDING_HUISGENOOT: 'CARE_REPORT_HOUSEMATE',
};

export const HALT_OFFENCE: Record<BvhHalt['feit'], HaltOffence> = {
  WINKELDIEFSTAL: 'SHOPLIFTING',
  VERNIELING: 'VANDALISM',
  VUURWERK: 'FIREWORKS',
  OVERLAST: 'NUISANCE',
  SCHOOLVERZUIM: 'TRUANCY',
};

export const HALT_REFERRER: Record<BvhHalt['verwijzer'], HaltReferrer> = {
  POLITIE: 'POLICE',
  LEERPLICHT: 'COMPULSORY_EDUCATION_OFFICER',
  BOA: 'ENFORCEMENT_OFFICER',
};

export const HALT_OUTCOME: Record<BvhHalt['uitkomst'], HaltOutcome> = {
  LOPEND: 'IN_PROGRESS',
  POSITIEF_AFGEROND: 'COMPLETED',
  NEGATIEF_AFGEROND: 'FAILED',
};
