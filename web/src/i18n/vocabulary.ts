/** The covenant's vocabularies as the app shows them: the schema's values with the Dutch words professionals use. */
import type { Purpose, Role } from '../gql/graphql.ts';

export type { Purpose, Role };
// Organisation types are no enum of the graph (the covenant's list is served in /config.json).
export type OrganisationType = 'SCHOOL' | 'CHILDCARE' | 'GGD' | 'VEILIG_THUIS' | 'POLICE' | 'MUNICIPALITY' | 'YOUTH_CARE';

export const ROLE_LABEL: Record<Role, string> = {
  SCHOOL_CARE_COORDINATOR: "Intern begeleider / zorgcoördinator (IB'er)",
  CHILDCARE_WORKER: 'Pedagogisch medewerker kinderopvang',
  JGZ_PROFESSIONAL: 'Jeugdarts / jeugdverpleegkundige (JGZ)',
  VEILIG_THUIS_WORKER: 'Medewerker Veilig Thuis',
  POLICE_OFFICER: 'Wijkagent / jeugdagent',
  YOUTH_CARE_PROVIDER: 'Jeugdhulpverlener (jeugdhulpaanbieder)',
  CASE_DIRECTOR: 'Regisseur jeugdteam',
  COMPULSORY_EDUCATION_OFFICER: 'Leerplichtambtenaar',
  POLICY_ANALYST: 'Beleidsmedewerker (trends)',
  PRIVACY_OFFICER: 'Privacyfunctionaris (FG)',
};

export const PURPOSE_LABEL: Record<Purpose, string> = {
  SIGNALLING: 'Signalering',
  CASE_DISCUSSION: 'Casusoverleg',
  WARM_HANDOVER: 'Warme overdracht',
  COMPULSORY_EDUCATION: 'Leerplichthandhaving',
  TREND_MONITORING: 'Trendmonitoring',
  DATA_SUBJECT_ACCESS: 'Inzage (verwerkingenlog)',
};

export const ORGANISATION_TYPE_LABEL: Record<OrganisationType, string> = {
  SCHOOL: 'Scholen',
  CHILDCARE: 'Kinderopvang',
  GGD: 'GGD (jeugdgezondheidszorg)',
  VEILIG_THUIS: 'Veilig Thuis',
  POLICE: 'Politie',
  MUNICIPALITY: 'Gemeente',
  YOUTH_CARE: 'Jeugdhulp',
};

/**
 * The purposes each role works for, offered in the purpose bar. The gateway decides what each
 * purpose releases; this only keeps the choice short.
 */
export const PURPOSES_OF_ROLE: Record<Role, readonly Purpose[]> = {
  SCHOOL_CARE_COORDINATOR: ['SIGNALLING', 'CASE_DISCUSSION', 'WARM_HANDOVER', 'DATA_SUBJECT_ACCESS'],
  CHILDCARE_WORKER: ['SIGNALLING', 'CASE_DISCUSSION', 'WARM_HANDOVER'],
  JGZ_PROFESSIONAL: ['SIGNALLING', 'CASE_DISCUSSION'],
  VEILIG_THUIS_WORKER: ['SIGNALLING', 'CASE_DISCUSSION'],
  POLICE_OFFICER: ['SIGNALLING', 'CASE_DISCUSSION', 'COMPULSORY_EDUCATION'],
  YOUTH_CARE_PROVIDER: ['SIGNALLING', 'CASE_DISCUSSION', 'DATA_SUBJECT_ACCESS'],
  CASE_DIRECTOR: ['SIGNALLING', 'CASE_DISCUSSION', 'TREND_MONITORING'],
  COMPULSORY_EDUCATION_OFFICER: ['COMPULSORY_EDUCATION'],
  POLICY_ANALYST: ['TREND_MONITORING'],
  PRIVACY_OFFICER: ['DATA_SUBJECT_ACCESS'],
};

/** Roles that take part in the work process from signal to case (they signal, join cases, confirm). */
export const CASE_ROLES: readonly Role[] = ['SCHOOL_CARE_COORDINATOR', 'CHILDCARE_WORKER', 'JGZ_PROFESSIONAL', 'VEILIG_THUIS_WORKER', 'POLICE_OFFICER', 'YOUTH_CARE_PROVIDER', 'CASE_DIRECTOR'];

const isOneOf = <T extends string>(values: readonly T[]) => (value: unknown): value is T => values.includes(value as T);
export const isRole = isOneOf(Object.keys(ROLE_LABEL) as Role[]);
export const isPurpose = isOneOf(Object.keys(PURPOSE_LABEL) as Purpose[]);
