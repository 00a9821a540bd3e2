/**
 * The youth-care provider's iJw message archive (JSON with the iJw element names), as the adapter
 * receives it: JW301 toewijzing, JW305 start zorg, JW307 stop zorg. These are the codegen mappers:
 * resolvers map these records onto the graph. What is not mapped (Omvang, Commentaar, the product
 * code, message and allocation numbers) never leaves the adapter.
 */
import type { Scoped } from '../kit/graphRecords.ts';

export type { ChildRef, OrganisationRef, Scoped } from '../kit/graphRecords.ts';

export interface IjwClient {
  Clientnummer: string;
  Bsn: string;
  Aanbieder: string;
}

export interface IjwProduct {
  Categorie: string;
  Code: string;
}

export interface Jw301 {
  Clientnummer: string;
  ToegewezenProduct: { ToewijzingNummer: string; Product: IjwProduct; ToewijzingIngangsdatum: string; ToewijzingEinddatum: string | null };
}

export interface Jw305 {
  Clientnummer: string;
  StartProduct: { ToewijzingNummer: string; Begindatum: string };
}

export interface Jw307 {
  Clientnummer: string;
  StopProduct: { ToewijzingNummer: string; Einddatum: string };
}

/** Envelope of every list response of the provider's system. */
export interface IjwList<T> {
  items: T[];
  hasMore?: boolean;
}

/** A trajectory in care: the allocation (JW301) whose start (JW305) has no stop (JW307). */
export interface ActiveTrajectory {
  clientnummer: string;
  allocation: Jw301['ToegewezenProduct'];
  startedOn: string;
}

/** The codegen mappers: each graph type's parent as the resolvers receive it. */
export type TrajectoryRecord = Scoped<ActiveTrajectory>;
