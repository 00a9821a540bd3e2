import { PartnerClient } from '../kit/partnerClient.ts';
import type { PartnerIdentity } from '../kit/pseudonymIndex.ts';
import type { VtAdvies, VtIdentity, VtMelding, VtPagina, VtResultaten, VtTerugkoppeling, VtVeiligheidsbeoordeling, VtVervolg } from './records.ts';

const PAGE_SIZE = 500;

/** The Veilig Thuis registration system's REST API: every call takes a batch of dossier numbers. */
export class VeiligThuisClient {
  constructor(private readonly http: PartnerClient) {}

  /** Every dossier's identifiers, paged, for the pseudonym index. */
  async identities(): Promise<PartnerIdentity[]> {
    const identities: PartnerIdentity[] = [];
    for (let pagina: number | null = 1; pagina !== null; ) {
      const body: VtPagina<VtIdentity> = await this.http.requireJson<VtPagina<VtIdentity>>('GET /registratie/api/dossiers', '/registratie/api/dossiers', { pagina, aantal: PAGE_SIZE });
      for (const { dossiernummer, bsnKind, regio } of body.resultaten) identities.push({ localId: dossiernummer, bsn: bsnKind, holderOrganisationId: regio });
      pagina = body.volgendePagina;
    }
    return identities;
  }

  meldingen = (dossiers: readonly string[]) => this.list<VtMelding>('/registratie/api/meldingen', dossiers);
  adviezen = (dossiers: readonly string[]) => this.list<VtAdvies>('/registratie/api/adviezen', dossiers);
  veiligheidsbeoordelingen = (dossiers: readonly string[]) => this.list<VtVeiligheidsbeoordeling>('/registratie/api/veiligheidsbeoordelingen', dossiers);
  vervolg = (dossiers: readonly string[]) => this.list<VtVervolg>('/registratie/api/vervolg', dossiers);
  terugkoppeling = (dossiers: readonly string[]) => this.list<VtTerugkoppeling>('/registratie/api/terugkoppeling', dossiers);

  async health(): Promise<void> {
    await this.http.requireJson('GET /health', '/health');
  }

  private async list<T>(path: string, dossiers: readonly string[]): Promise<T[]> {
    const body = await this.http.requireJson<VtResultaten<T>>(`GET ${path}`, path, { dossiers });
    return body.resultaten;
  }
}
