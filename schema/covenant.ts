import { readFileSync } from 'node:fs';

/** The kinds of organisation that sign the covenant. */
export const ORGANISATION_TYPES = ['SCHOOL', 'CHILDCARE', 'GGD', 'VEILIG_THUIS', 'POLICE', 'MUNICIPALITY', 'YOUTH_CARE'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** A member organisation of the covenant. Institutions, not people: public information. */
export interface CovenantOrganisation {
  id: string;
  name: string;
  type: OrganisationType;
}

/** The demo covenant: fictitious organisations in a fictitious municipality. */
export const DEMO_ORGANISATIONS: readonly CovenantOrganisation[] = [
  { id: 'school-esdoorn', name: 'Basisschool De Esdoorn (demo)', type: 'SCHOOL' },
  { id: 'school-kompas', name: 'Basisschool Het Kompas (demo)', type: 'SCHOOL' },
  { id: 'school-wilg', name: 'Basisschool De Wilg (demo)', type: 'SCHOOL' },
  { id: 'school-stedelijk', name: 'Stedelijk College (demo)', type: 'SCHOOL' },
  { id: 'kdv-zonnetje', name: 'Kinderdagverblijf Het Zonnetje (demo)', type: 'CHILDCARE' },
  { id: 'kdv-speelhuis', name: 'Kinderopvang Speelhuis (demo)', type: 'CHILDCARE' },
  { id: 'kdv-boomhut', name: 'Peuteropvang De Boomhut (demo)', type: 'CHILDCARE' },
  { id: 'ggd-regio', name: 'GGD Regio Demo, Jeugdgezondheidszorg', type: 'GGD' },
  { id: 'veilig-thuis-regio', name: 'Veilig Thuis Regio Demo', type: 'VEILIG_THUIS' },
  { id: 'politie-basisteam', name: 'Politie Basisteam Demo', type: 'POLICE' },
  { id: 'gemeente-demo', name: 'Gemeente Demo (jeugdteam en leerplicht)', type: 'MUNICIPALITY' },
  { id: 'jeugdhulp-horizon', name: 'Jeugdhulp De Horizon (demo)', type: 'YOUTH_CARE' },
  { id: 'jeugdhulp-kompaan', name: 'Kompaan Jeugdzorg (demo)', type: 'YOUTH_CARE' },
];

/**
 * The covenant's organisations: the demo set, or a JSON array of `CovenantOrganisation` from the
 * file named by `KETENGRAAF_COVENANT_FILE` for a real covenant.
 */
export function covenantOrganisations(env: NodeJS.ProcessEnv = process.env): readonly CovenantOrganisation[] {
  const file = env.KETENGRAAF_COVENANT_FILE;
  if (!file) return DEMO_ORGANISATIONS;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as CovenantOrganisation[];
  for (const org of parsed) {
    if (!org.id || !org.name || !ORGANISATION_TYPES.includes(org.type)) {
      throw new Error(`${file}: every organisation needs id, name and a type from ${ORGANISATION_TYPES.join(', ')}`);
    }
  }
  return parsed;
}

/**
 * The organisation that operates the hub and its processing log for the covenant (joint
 * controllers, AVG art. 26): `KETENGRAAF_HUB_OPERATOR`, else the covenant's first municipality.
 */
export function hubOperatorId(env: NodeJS.ProcessEnv = process.env): string | null {
  const orgs = covenantOrganisations(env);
  const named = env.KETENGRAAF_HUB_OPERATOR;
  if (named) {
    if (!orgs.some((org) => org.id === named)) throw new Error(`KETENGRAAF_HUB_OPERATOR names ${named}, which is not an organisation of the covenant`);
    return named;
  }
  return orgs.find((org) => org.type === 'MUNICIPALITY')?.id ?? null;
}

export const organisationsOfType = (type: OrganisationType, orgs = covenantOrganisations()) =>
  orgs.filter((org) => org.type === type);
