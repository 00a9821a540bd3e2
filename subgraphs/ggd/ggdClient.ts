import { ErrorCode, hubError } from '../../schema/errors.ts';
import type { PartnerClient } from '../kit/partnerClient.ts';
import type { PartnerIdentity } from '../kit/pseudonymIndex.ts';
import { idOf, SYSTEM } from './fhirCodes.ts';
import type { Bundle, CarePlan, Condition, Encounter, Immunization, Observation, Patient } from './fhirTypes.ts';

/** Large pages (`_count`): the identity list and a batch of patients usually fit in one answer. */
const PAGE_SIZE = 5000;
/** Patients per search: keeps the URL far below common 8 KiB limits (the batch then costs a few calls). */
const PATIENTS_PER_SEARCH = 150;

type Params = Record<string, string | number>;

/**
 * The GGD's FHIR R4 REST API (base URL `GGD_PARTNER_URL`, e.g. `https://fhir.ggd.example/r4/`).
 * Every clinical search takes many patients at once (`patient=Patient/a,Patient/b` is an OR in
 * FHIR) and follows the Bundle's `next` links; a next link is only ever followed below the
 * configured base, so the partner's credentials never go anywhere else.
 */
export class GgdFhirClient {
  constructor(
    private readonly http: PartnerClient,
    private readonly pageSize = PAGE_SIZE,
  ) {}

  /** Every patient's identifiers, for the pseudonym index: `_elements` keeps names and the rest at the GGD. */
  async identities(): Promise<PartnerIdentity[]> {
    const patients = await this.searchAll<Patient>('Patient', { _elements: 'identifier,managingOrganization', _count: this.pageSize, _offset: 0 });
    return patients.flatMap((patient) => {
      const bsn = patient.identifier?.find((identifier) => identifier.system === SYSTEM.bsn)?.value;
      const holder = idOf(patient.managingOrganization, 'Organization');
      // A patient without BSN or managing organisation cannot be linked, so it stays off the graph.
      return bsn && holder ? [{ localId: patient.id, bsn, holderOrganisationId: holder }] : [];
    });
  }

  encounters = (patients: readonly string[]) => this.byPatients<Encounter>('Encounter', patients);
  growthObservations = (patients: readonly string[]) => this.byPatients<Observation>('Observation', patients, { category: `${SYSTEM.observationCategory}|vital-signs` });
  screeningObservations = (patients: readonly string[]) => this.byPatients<Observation>('Observation', patients, { category: `${SYSTEM.observationCategory}|survey` });
  immunizations = (patients: readonly string[]) => this.byPatients<Immunization>('Immunization', patients);
  conditions = (patients: readonly string[]) => this.byPatients<Condition>('Condition', patients);
  carePlans = (patients: readonly string[], kind: string) => this.byPatients<CarePlan>('CarePlan', patients, { category: `${SYSTEM.planKind}|${kind}` });

  async health(): Promise<void> {
    await this.http.requireJson('GET metadata', 'metadata');
  }

  private async byPatients<T extends { resourceType: string }>(type: string, patients: readonly string[], params: Params = {}): Promise<T[]> {
    const found: T[] = [];
    for (let i = 0; i < patients.length; i += PATIENTS_PER_SEARCH) {
      const chunk = patients.slice(i, i + PATIENTS_PER_SEARCH).map((id) => `Patient/${id}`);
      found.push(...(await this.searchAll<T>(type, { ...params, patient: chunk.join(','), _count: this.pageSize })));
    }
    return found;
  }

  /** One search with all its pages; entries of another type (an OperationOutcome) are left out. */
  private async searchAll<T extends { resourceType: string }>(type: string, params: Params): Promise<T[]> {
    const route = `GET ${type}`;
    const resources: T[] = [];
    let path = type;
    let query: Params = params;
    for (;;) {
      const bundle = await this.http.requireJson<Bundle<T>>(route, path, query);
      if (bundle.resourceType !== 'Bundle') throw this.malformed(route, 'did not answer with a Bundle');
      for (const entry of bundle.entry ?? []) if (entry.resource?.resourceType === type) resources.push(entry.resource);
      const next = bundle.link?.find((link) => link.relation === 'next')?.url;
      if (!next) return resources;
      ({ path, query } = this.belowBase(next, route));
    }
  }

  private belowBase(url: string, route: string): { path: string; query: Params } {
    const base = new URL(this.http.config.baseUrl.endsWith('/') ? this.http.config.baseUrl : `${this.http.config.baseUrl}/`);
    const next = new URL(url, base);
    if (!next.pathname.startsWith(base.pathname)) throw this.malformed(route, 'sent a next link outside its FHIR base');
    return { path: next.pathname.slice(base.pathname.length), query: Object.fromEntries(next.searchParams) };
  }

  private malformed(route: string, reason: string) {
    return hubError(ErrorCode.PARTNER_UNAVAILABLE, `The ${this.http.config.name} partner system ${reason} (${route}).`, { subgraph: this.http.config.name });
  }
}
