/**
 * The covenant's closed vocabularies, mirrored from `privacy.graphql` (a test keeps the two equal).
 * TypeScript code uses these; the schema uses the enums.
 */
export const ROLES = [
  'SCHOOL_CARE_COORDINATOR',
  'CHILDCARE_WORKER',
  'JGZ_PROFESSIONAL',
  'VEILIG_THUIS_WORKER',
  'POLICE_OFFICER',
  'YOUTH_CARE_PROVIDER',
  'CASE_DIRECTOR',
  'COMPULSORY_EDUCATION_OFFICER',
  'POLICY_ANALYST',
  'PRIVACY_OFFICER',
] as const;
export type Role = (typeof ROLES)[number];

export const PURPOSES = [
  'SIGNALLING',
  'CASE_DISCUSSION',
  'WARM_HANDOVER',
  'COMPULSORY_EDUCATION',
  'TREND_MONITORING',
  'DATA_SUBJECT_ACCESS',
] as const;
export type Purpose = (typeof PURPOSES)[number];

export const DATA_CATEGORIES = ['PUBLIC', 'ORDINARY', 'SPECIAL_CATEGORY', 'CRIMINAL', 'POLICE_DATA'] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const RELEASE_CONDITIONS = ['OWN_ORGANISATION', 'CASE_PARTICIPANT', 'CONSENT', 'HUB_OPERATOR'] as const;
export type ReleaseCondition = (typeof RELEASE_CONDITIONS)[number];

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);
export const isPurpose = (value: unknown): value is Purpose => PURPOSES.includes(value as Purpose);
