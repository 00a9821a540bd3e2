import { PartnerClient } from '../kit/partnerClient.ts';
import type { PartnerIdentity } from '../kit/pseudonymIndex.ts';
import type { SisIdentity, SisIncident, SisLeerling, SisList, SisOndersteuning, SisToets, SisVerzuim } from './records.ts';

const PAGE_SIZE = 5000;

/** The student information system's REST API: every call takes a batch of pupil numbers. */
export class SchoolSisClient {
  constructor(private readonly http: PartnerClient) {}

  /** Every pupil's identifiers, paged, for the pseudonym index. */
  async identities(): Promise<PartnerIdentity[]> {
    const identities: PartnerIdentity[] = [];
    for (let page = 1; ; page++) {
      const body = await this.http.requireJson<SisList<SisIdentity>>('GET /api/v1/identiteiten', '/api/v1/identiteiten', { page, pageSize: PAGE_SIZE });
      for (const { leerlingnummer, bsn, brin } of body.items) identities.push({ localId: leerlingnummer, bsn, holderOrganisationId: brin });
      if (!body.hasMore) return identities;
    }
  }

  leerlingen = (nummers: readonly string[]) => this.list<SisLeerling>('/api/v1/leerlingen', nummers);
  verzuim = (nummers: readonly string[]) => this.list<SisVerzuim>('/api/v1/verzuim', nummers);
  ondersteuning = (nummers: readonly string[]) => this.list<SisOndersteuning>('/api/v1/ondersteuning', nummers);
  toetsen = (nummers: readonly string[]) => this.list<SisToets>('/api/v1/toetsen', nummers);
  incidenten = (nummers: readonly string[]) => this.list<SisIncident>('/api/v1/incidenten', nummers);

  async health(): Promise<void> {
    await this.http.requireJson('GET /health', '/health');
  }

  private async list<T>(path: string, nummers: readonly string[]): Promise<T[]> {
    const body = await this.http.requireJson<SisList<T>>(`GET ${path}`, path, { leerlingnummers: nummers });
    return body.items;
  }
}
