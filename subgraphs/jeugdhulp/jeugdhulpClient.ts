import type { PartnerClient } from '../kit/partnerClient.ts';
import type { PartnerIdentity } from '../kit/pseudonymIndex.ts';
import type { JeugdhulpApiRecord, JeugdhulpIdentity, JeugdhulpList } from './records.ts';

const PAGE_SIZE = 5000;

/**
 * The jeugdhulp partner system's API. Every data call takes a batch of local ids, so a list of
 * children costs one call per resource (the kit's loaders batch them). PLACEHOLDER: its real routes.
 */
export class JeugdhulpClient {
  constructor(private readonly http: PartnerClient) {}

  /** Every child's identifiers, paged, for the pseudonym index; the BSN never leaves the adapter. */
  async identities(): Promise<PartnerIdentity[]> {
    const identities: PartnerIdentity[] = [];
    for (let page = 1; ; page++) {
      const body = await this.http.requireJson<JeugdhulpList<JeugdhulpIdentity>>('GET /api/identities', '/api/identities', { page, pageSize: PAGE_SIZE });
      for (const { localId, bsn, organisationId } of body.items) identities.push({ localId, bsn, holderOrganisationId: organisationId });
      if (!body.hasMore) return identities;
    }
  }

  records = async (localIds: readonly string[]): Promise<JeugdhulpApiRecord[]> =>
    (await this.http.requireJson<JeugdhulpList<JeugdhulpApiRecord>>('GET /api/records', '/api/records', { ids: localIds })).items;

  async health(): Promise<void> {
    await this.http.requireJson('GET /health', '/health');
  }
}
