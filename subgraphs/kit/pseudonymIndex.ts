import { pseudonymFor } from './pseudonym.ts';

/** One child as a partner system lists it: its local id, BSN and the organisation holding the record. */
export interface PartnerIdentity {
  localId: string;
  bsn: string;
  holderOrganisationId: string;
}

/** What the adapter keeps per child: identifiers only, never content, never the BSN. */
export interface IndexedChild {
  localId: string;
  holderOrganisationId: string;
}

export interface PseudonymIndexOptions {
  /** The covenant's pseudonym key (`KETENGRAAF_PSEUDONYM_KEY`). */
  key: string;
  /** Fetches every identity the partner holds (paged by the adapter). */
  fetchIdentities: () => Promise<PartnerIdentity[]>;
  /**
   * Identities are refreshed in the background this often. Default 10 min. A lookup never waits
   * for the partner: a child enrolled since the last refresh is unknown until the next one.
   */
  refreshMs?: number;
}

/**
 * Maps hub pseudonyms to the partner's local ids. The adapter computes each pseudonym from the BSN
 * its partner holds and forgets the BSN at once; the map holds identifiers only, so partner data
 * stays at the partner (source stays at the partner), fetched per request.
 */
export class PseudonymIndex {
  private byPseudonym = new Map<string, IndexedChild>();
  private byHolder = new Map<string, string[]>();
  private loading: Promise<void> | null = null;
  private loadedAt = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: PseudonymIndexOptions) {}

  /**
   * Loads the index now and keeps it fresh until `close()`. A partner that is slow or down at
   * start-up (a million identities under load) is asked again, 5 times with a growing pause
   * (1, 2, 4, 8 s), instead of the adapter giving up at the first timeout.
   */
  async start(): Promise<void> {
    const attempts = 5;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.refresh();
        break;
      } catch (error) {
        if (attempt >= attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** (attempt - 1), 10_000)));
      }
    }
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), this.options.refreshMs ?? 600_000);
    this.timer.unref();
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /**
   * The child's local id and holder, from memory only. A miss used to refresh the index from the
   * partner first, which made "not known here" take 100-300 ms longer than "known" at 100,000
   * children: a timing oracle on who the police or Veilig Thuis know. Now a miss costs a hit.
   */
  async lookup(pseudonym: string): Promise<IndexedChild | null> {
    await this.ensureLoaded();
    return this.byPseudonym.get(pseudonym) ?? null;
  }

  /** Pseudonyms of the children whose record this organisation holds, in the partner's order. */
  async childrenOf(holderOrganisationId: string): Promise<readonly string[]> {
    await this.ensureLoaded();
    return this.byHolder.get(holderOrganisationId) ?? [];
  }

  get size(): number {
    return this.byPseudonym.size;
  }

  private async ensureLoaded(): Promise<void> {
    if (this.loadedAt === 0) await this.refresh();
  }

  private refresh(): Promise<void> {
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async load(): Promise<void> {
    const identities = await this.options.fetchIdentities();
    const byPseudonym = new Map<string, IndexedChild>();
    const byHolder = new Map<string, string[]>();
    for (const { localId, bsn, holderOrganisationId } of identities) {
      const pseudonym = pseudonymFor(bsn, this.options.key);
      byPseudonym.set(pseudonym, { localId, holderOrganisationId });
      const list = byHolder.get(holderOrganisationId) ?? [];
      list.push(pseudonym);
      byHolder.set(holderOrganisationId, list);
    }
    this.byPseudonym = byPseudonym;
    this.byHolder = byHolder;
    this.loadedAt = Date.now();
  }
}
