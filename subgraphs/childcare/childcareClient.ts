import { PartnerClient } from '../kit/partnerClient.ts';
import type { PartnerIdentity } from '../kit/pseudonymIndex.ts';
import type { CcCareSignal, CcEnvelope, CcHandover, CcIdentity, CcObservation, CcPlacement, CcVveIndication } from './records.ts';

const PAGE_SIZE = 5000;

/** The childcare planning system's REST API: every call takes a batch of `kindId`s. */
export class ChildcareApiClient {
  constructor(private readonly http: PartnerClient) {}

  /** Every placed child's identifiers, paged from page 0, for the pseudonym index. */
  async identities(): Promise<PartnerIdentity[]> {
    const identities: PartnerIdentity[] = [];
    for (let page = 0; ; page++) {
      const body = await this.http.requireJson<CcEnvelope<CcIdentity>>('GET /v2/children', '/v2/children', { page, size: PAGE_SIZE });
      for (const { kindId, bsn, locationId } of body.data) identities.push({ localId: kindId, bsn, holderOrganisationId: locationId });
      // A system that omits paging answered everything at once.
      if (!body.paging || body.paging.last || body.data.length === 0) return identities;
    }
  }

  placements = (kindIds: readonly string[]) => this.list<CcPlacement>('/v2/placements', kindIds);
  vveIndications = (kindIds: readonly string[]) => this.list<CcVveIndication>('/v2/vve-indications', kindIds);
  observations = (kindIds: readonly string[]) => this.list<CcObservation>('/v2/observations', kindIds);
  handovers = (kindIds: readonly string[]) => this.list<CcHandover>('/v2/handovers', kindIds);
  careSignals = (kindIds: readonly string[]) => this.list<CcCareSignal>('/v2/care-signals', kindIds);

  async health(): Promise<void> {
    await this.http.requireJson('GET /health', '/health');
  }

  private async list<T>(path: string, kindIds: readonly string[]): Promise<T[]> {
    const body = await this.http.requireJson<CcEnvelope<T>>(`GET ${path}`, path, { childIds: kindIds });
    return body.data;
  }
}
