/**
 * The demo youth-care provider's message archive (its ECD's iJw export), in JSON with the element
 * names of the iJw standard: JW301 toewijzing (the municipality allocates a product), JW305 start
 * zorg and JW307 stop zorg (the provider reports the start and the end of care). "In spirit": the
 * real messages are XML over the municipalities' exchange (GGK/VECOZO), with more elements.
 */
export interface IjwClient {
  /** The provider's own client number: its local id. */
  Clientnummer: string;
  Bsn: string;
  /** The covenant organisation (the provider location) holding the record. */
  Aanbieder: string;
}

/** iJw header: BerichtCode 414 (JW301), 416 (JW305), 418 (JW307). */
export interface IjwHeader {
  BerichtCode: 414 | 416 | 418;
  BerichtVersie: number;
  BerichtSubversie: number;
  /** Gemeentecode (JW301) or AGB code of the provider (JW305, JW307). */
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: { Identificatie: string; Dagtekening: string };
}

/** iJw productcategorie (two digits) and the municipality's product code within it. */
export interface IjwProduct {
  Categorie: string;
  Code: string;
}

export interface Jw301Toewijzing {
  Header: IjwHeader;
  Clientnummer: string;
  ToegewezenProduct: {
    ToewijzingNummer: string;
    Product: IjwProduct;
    ToewijzingIngangsdatum: string;
    ToewijzingEinddatum: string | null;
    Omvang: { Volume: number; Eenheid: string; Frequentie: string };
    /** Free text between municipality and provider: treatment content, never for the covenant. */
    Commentaar: string;
  };
}

export interface Jw305StartZorg {
  Header: IjwHeader;
  Clientnummer: string;
  StartProduct: { ToewijzingNummer: string; Product: IjwProduct; ToewijzingIngangsdatum: string; Begindatum: string };
}

export interface Jw307StopZorg {
  Header: IjwHeader;
  Clientnummer: string;
  StopProduct: { ToewijzingNummer: string; Product: IjwProduct; ToewijzingIngangsdatum: string; Begindatum: string; RedenBeeindiging: string; Einddatum: string };
}
