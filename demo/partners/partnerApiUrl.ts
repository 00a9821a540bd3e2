/** Where a demo partner system's API starts below its root, where it differs: the JGZ system is a FHIR server. */
const API_PATHS: Readonly<Record<string, string>> = { ggd: 'fhir/' };

/** The URL an adapter is given as `<NAME>_PARTNER_URL`, from the system's root URL (ending in `/`). */
export const partnerApiUrl = (name: string, rootUrl: string): string => `${rootUrl}${API_PATHS[name] ?? ''}`;
