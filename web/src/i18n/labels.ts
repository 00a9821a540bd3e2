import { PURPOSE_LABEL } from './vocabulary.ts';

/** Dutch words for the schema's enum values and field names, as the panels show them. */
const VALUE: Record<string, string> = {
  ...PURPOSE_LABEL,
  EDUCATION: 'Onderwijs', HEALTH: 'Gezondheid', SAFETY: 'Veiligheid', FAMILY: 'Gezin', DEVELOPMENT: 'Ontwikkeling', OTHER: 'Overig',
  OPEN: 'Open', WITHDRAWN: 'Ingetrokken', ARCHIVED: 'Gearchiveerd', CLOSED: 'Gesloten',
  SYSTEM_OF_RECORD: 'Eigen registratie (door de hub gecontroleerd)', STATED_REASON: 'Opgegeven reden (beoordeeld door de privacyfunctionaris)',
  PLANNED: 'Gepland', IN_PROGRESS: 'Bezig', DONE: 'Gereed', CANCELLED: 'Vervallen',
  AWAITING_CONFIRMATION: 'Wacht op bevestiging', PENDING: 'Nog niet compleet', VALID: 'Geldig', EXPIRED: 'Verlopen', ENDED: 'Beëindigd',
  PARENT: 'Ouder', GUARDIAN: 'Voogd', CHILD: 'Kind / jongere',
  AWAITING_CONSENT: 'Wacht op toestemming ouders', RELEASED: 'Vrijgegeven',
  PARTIALLY_WITHHELD: 'Deels achtergehouden', WITHHELD: 'Achtergehouden',
  PRIMARY: 'Basisonderwijs', SECONDARY: 'Voortgezet onderwijs',
  SICK: 'Ziek', AUTHORISED: 'Geoorloofd', UNAUTHORISED: 'Ongeoorloofd', LATE: 'Te laat',
  BULLYING: 'Pesten', VIOLENCE: 'Geweld', THEFT: 'Diefstal', VANDALISM: 'Vernieling', SUBSTANCES: 'Middelen',
  VICTIM: 'Slachtoffer', WITNESS: 'Getuige', SUSPECT: 'Verdachte', DOMESTIC_VIOLENCE: 'Huiselijk geweld',
  LOW: 'Laag', MEDIUM: 'Middel', HIGH: 'Hoog',
  DAY_TREATMENT: 'Dagbehandeling', RESIDENTIAL_WITH_TREATMENT: 'Verblijf (inclusief behandeling)', RESIDENTIAL_WITHOUT_TREATMENT: 'Verblijf (exclusief behandeling)',
  AMBULATORY: 'Ambulant', CRISIS: 'Crisis', CUSTOM_ARRANGEMENT: 'Maatwerkarrangement',
  ...Object.fromEntries(['SCHOOL', 'CHILDCARE', 'GGD', 'VEILIG_THUIS', 'POLICE', 'MUNICIPALITY', 'YOUTH_CARE'].map((t) => [t, t])),
};

export const valueLabel = (value: string | null | undefined): string => (value == null ? '—' : (VALUE[value] ?? value));

const FIELD: Record<string, string> = {
  schoolEnrolment: 'Inschrijving', schoolAbsences: 'Verzuim', supportNeeds: 'Ondersteuningsbehoefte', testResults: 'Toetsresultaten', schoolIncidents: 'Incidenten',
  childcarePlacement: 'Plaatsing', vveIndication: 'VVE-indicatie', childcareObservations: 'Ontwikkelingsobservaties', childcareHandoverForm: 'Overdrachtsformulier', childcareCareSignals: 'Zorgsignalen',
  jgzCareSummary: 'Samenvatting JGZ', jgzAdviceForSchool: 'Advies aan school', jgzConcerns: 'JGZ-zorgen', vaccinations: 'Vaccinaties', jgzContacts: 'Contactmomenten',
  veiligThuisStatus: 'Status (terugkoppeling)', veiligThuisSafetyAssessment: 'Veiligheidsbeoordeling', veiligThuisFollowUp: 'Vervolg',
  policeRegistrations: 'Registraties', domesticViolenceFlag: 'Huiselijk-geweldsignalering', haltReferrals: 'Halt-verwijzingen', policeCaseOutcome: 'Samenvatting voor de casustafel',
  activeYouthCare: 'Jeugdhulptraject', provider: 'Aanbieder', productCategory: 'Productcategorie', allocatedFrom: 'Toegewezen vanaf', allocatedUntil: 'Toegewezen tot',
  openCase: 'Open casus', consents: 'Toestemmingen',
  group: 'Groep', school: 'School', name: 'Naam', enrolledOn: 'Ingeschreven op', schoolType: 'Soort onderwijs', date: 'Datum', hours: 'Uren', kind: 'Soort',
  level: 'Niveau', summary: 'Toelichting', test: 'Toets', score: 'Score', category: 'Categorie', severity: 'Ernst', location: 'Locatie', careType: 'Opvangsoort',
  daysPerWeek: 'Dagen per week', startedOn: 'Gestart op', endedOn: 'Beëindigd op', programme: 'Programma', activeConcernDomains: 'Domeinen van zorg',
  carePlanStatus: 'Zorgplan', advice: 'Advies', givenOn: 'Gegeven op', stage: 'Fase', since: 'Sinds', outcome: 'Uitkomst', track: 'Traject',
  registeredOn: 'Geregistreerd op', incidentType: 'Soort incident', childRole: 'Rol van het kind', flaggedSince: 'Gesignaleerd sinds', incidentCount: 'Aantal incidenten',
  preparedAt: 'Klaargezet op', development: 'Ontwikkeling', vveProgramme: 'VVE-programma', vveDurationMonths: 'Duur VVE (maanden)', pointsOfAttention: 'Aandachtspunten',
  indicatedOn: 'Geïndiceerd op', hoursPerWeek: 'Uren per week', validUntil: 'Geldig tot', observedOn: 'Geobserveerd op', instrument: 'Instrument', domain: 'Domein',
  assessment: 'Beoordeling', signalledOn: 'Gesignaleerd op', concern: 'Zorg', followUp: 'Vervolg', openActivities: 'Open activiteiten', vaccine: 'Vaccin',
  lastIncidentOn: 'Laatste incident', summaryText: 'Samenvatting',
  referredOn: 'Verwezen op', offence: 'Feit', registrationCount: 'Aantal registraties', careReportSent: 'Zorgmelding verstuurd', phase: 'AVE-fase', status: 'Status',
};

export const fieldLabel = (field: string): string => FIELD[field] ?? field;
