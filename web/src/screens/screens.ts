import type { Role } from '../i18n/vocabulary.ts';
import { CASE_ROLES } from '../i18n/vocabulary.ts';
import type { Route } from '../router.ts';

/** The screens in the navigation, and who works in each. */
export const SCREENS: readonly { route: Route; label: string; roles: readonly Role[] }[] = [
  { route: { screen: 'signalen' }, label: 'Mijn signalen en matches', roles: CASE_ROLES },
  { route: { screen: 'kind', childId: null }, label: 'Kind', roles: [...CASE_ROLES, 'COMPULSORY_EDUCATION_OFFICER'] },
  { route: { screen: 'casus', caseId: null, openFor: null }, label: 'Casus', roles: CASE_ROLES },
  { route: { screen: 'overdracht' }, label: 'Warme overdracht', roles: ['CHILDCARE_WORKER', 'SCHOOL_CARE_COORDINATOR'] },
  { route: { screen: 'verwerkingenlog', childId: null }, label: 'Verwerkingenlog', roles: ['PRIVACY_OFFICER'] },
  { route: { screen: 'trends' }, label: 'Trends', roles: ['POLICY_ANALYST', 'CASE_DIRECTOR'] },
];

export const screensFor = (role: Role) => SCREENS.filter((screen) => screen.roles.includes(role));
