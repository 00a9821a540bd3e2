import { PartnerClient } from '../kit/partnerClient.ts';
import type { PartnerIdentity } from '../kit/pseudonymIndex.ts';
import type { BvhHalt, BvhHgSignalering, BvhPersoon, BvhProKid, BvhRegistratie, BvhResultaten, BvhZorgmelding } from './records.ts';

const PAGE_SIZE = 5000;

/** The police registration system's export API: every call takes a batch of person numbers. */
export class PoliceBvhClient {
  constructor(private readonly http: PartnerClient) {}

  /** Every registered person's identifiers, paged by offset, for the pseudonym index. */
  async identities(): Promise<PartnerIdentity[]> {
    const identities: PartnerIdentity[] = [];
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const body = await this.http.requireJson<BvhResultaten<BvhPersoon>>('GET /bvh/v1/personen', '/bvh/v1/personen', { offset, limit: PAGE_SIZE });
      for (const { persoonsnummer, bsn, eenheid } of body.resultaten) identities.push({ localId: persoonsnummer, bsn, holderOrganisationId: eenheid });
      if (body.resultaten.length < PAGE_SIZE) return identities;
    }
  }

  registraties = (personen: readonly string[]) => this.list<BvhRegistratie>('/bvh/v1/registraties', personen);
  hgSignalering = (personen: readonly string[]) => this.list<BvhHgSignalering>('/bvh/v1/hg-signalering', personen);
  prokid = (personen: readonly string[]) => this.list<BvhProKid>('/bvh/v1/prokid', personen);
  zorgmeldingen = (personen: readonly string[]) => this.list<BvhZorgmelding>('/bvh/v1/zorgmeldingen', personen);
  /** Halt referrals; with `feit`, only those for that offence (the partner filters, so no more is fetched). */
  halt = (personen: readonly string[], feit?: BvhHalt['feit']) => this.list<BvhHalt>('/bvh/v1/halt', personen, feit);

  async health(): Promise<void> {
    await this.http.requireJson('GET /health', '/health');
  }

  private async list<T>(path: string, personen: readonly string[], feit?: string): Promise<T[]> {
    const body = await this.http.requireJson<BvhResultaten<T>>(`GET ${path}`, path, { personen, feit });
    return body.resultaten;
  }
}
