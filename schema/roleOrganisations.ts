import type { OrganisationType } from './covenant.ts';
import type { Role } from './vocabulary.ts';

/** Which kind of organisation each role works for: a token claiming otherwise is refused. */
export const ROLE_ORGANISATION_TYPES: Record<Role, readonly OrganisationType[]> = {
  SCHOOL_CARE_COORDINATOR: ['SCHOOL'],
  CHILDCARE_WORKER: ['CHILDCARE'],
  JGZ_PROFESSIONAL: ['GGD'],
  VEILIG_THUIS_WORKER: ['VEILIG_THUIS'],
  POLICE_OFFICER: ['POLICE'],
  YOUTH_CARE_PROVIDER: ['YOUTH_CARE'],
  CASE_DIRECTOR: ['MUNICIPALITY'],
  COMPULSORY_EDUCATION_OFFICER: ['MUNICIPALITY'],
  POLICY_ANALYST: ['MUNICIPALITY', 'GGD'],
  PRIVACY_OFFICER: ['MUNICIPALITY', 'SCHOOL', 'CHILDCARE', 'GGD', 'VEILIG_THUIS', 'POLICE', 'YOUTH_CARE'],
};
