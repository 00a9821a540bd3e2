import type { PartnerClient } from '../kit/partnerClient.ts';
import type { PartnerIdentity } from '../kit/pseudonymIndex.ts';
import type { IjwClient, IjwList, Jw301, Jw305, Jw307 } from './records.ts';

const PAGE_SIZE = 5000;

/** The provider's iJw archive: its clients in care, and the messages of a batch of clients per call. */
export class JeugdhulpClient {
  constructor(private readonly http: PartnerClient) {}

  /** Every client in care, paged, for the pseudonym index; the BSN never leaves the adapter. */
  async identities(): Promise<PartnerIdentity[]> {
    const identities: PartnerIdentity[] = [];
    for (let page = 1; ; page++) {
      const body = await this.http.requireJson<IjwList<IjwClient>>('GET /ijw/clienten-in-zorg', '/ijw/clienten-in-zorg', { page, pageSize: PAGE_SIZE });
      for (const { Clientnummer, Bsn, Aanbieder } of body.items) identities.push({ localId: Clientnummer, bsn: Bsn, holderOrganisationId: Aanbieder });
      if (!body.hasMore) return identities;
    }
  }

  toewijzingen = (clientnummers: readonly string[]) => this.list<Jw301>('/ijw/jw301', clientnummers);
  startZorg = (clientnummers: readonly string[]) => this.list<Jw305>('/ijw/jw305', clientnummers);
  stopZorg = (clientnummers: readonly string[]) => this.list<Jw307>('/ijw/jw307', clientnummers);

  async health(): Promise<void> {
    await this.http.requireJson('GET /health', '/health');
  }

  private async list<T>(path: string, clientnummers: readonly string[]): Promise<T[]> {
    return (await this.http.requireJson<IjwList<T>>(`GET ${path}`, path, { clientnummers })).items;
  }
}
