/**
 * The records of the demo jeugdhulp system, in its own format (`localId` as its identifier).
 * PLACEHOLDER: make this the partner's real format, field names included.
 */
export interface JeugdhulpPerson {
  localId: string;
  bsn: string;
  /** The covenant organisation holding the record. */
  organisationId: string;
}

export interface JeugdhulpEntry {
  localId: string;
  recordedOn: string;
  kind: string;
}
