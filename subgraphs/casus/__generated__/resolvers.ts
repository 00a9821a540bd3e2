import type { GraphQLResolveInfo } from 'graphql';
import type { ChildRef, OrganisationRef, ProfessionalRecord, SignalRecord, MatchView, CaseView, ParticipantRecord, PhaseChangeRecord, GoalRecord, ActionRecord, ConsentView, ConsentGivingRecord, HandoverView, PendingPhaseChangeRecord } from '../views.ts';
import type { CasusContext } from '../casusContext.ts';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type ActionStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

export type AddActionInput = {
  caseId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  dueDate: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  goalId: Scalars['ID']['input'];
  ownerProfessionalId: Scalars['ID']['input'];
};

export type AddGoalInput = {
  caseId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

export type AddParticipantInput = {
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  participant: ParticipantInput;
};

export type AvePhaseCount = {
  __typename?: 'AvePhaseCount';
  count: TrendCount;
  phase: Scalars['Int']['output'];
};

/**
 * A case (casus) with its AVE phase and plan of approach. Every field is decided per child again
 * here: participants see it with consent in AVE phase 2 or on a legal basis from phase 3; the case
 * director as regisseur. A closed case releases nothing.
 */
export type Case = {
  __typename?: 'Case';
  /** Who holds bestuurlijke regie (the mayor or an alderman) while the case is in AVE phase 4. */
  administrativeDirection?: Maybe<Scalars['String']['output']>;
  /** The regisseur: a case director of the municipality. */
  caseDirector?: Maybe<Professional>;
  child?: Maybe<Child>;
  /** The plan of approach (plan van aanpak): goals and their actions. */
  goals?: Maybe<Array<Goal>>;
  id: Scalars['ID']['output'];
  openedAt?: Maybe<Scalars['String']['output']>;
  participants?: Maybe<Array<CaseParticipant>>;
  /** An escalation the case director proposed that awaits confirmation by a participant of another organisation. */
  pendingPhaseChange?: Maybe<PendingPhaseChange>;
  /** AVE phase, 1 to 4. */
  phase?: Maybe<Scalars['Int']['output']>;
  /** Every phase change: who, when, why. */
  phaseHistory?: Maybe<Array<PhaseChange>>;
  status?: Maybe<CaseStatus>;
  /** Send it back as expectedVersion: a change made on an older view is refused with CONFLICT. */
  version?: Maybe<Scalars['Int']['output']>;
};

export type CaseClosure = {
  __typename?: 'CaseClosure';
  caseId: Scalars['ID']['output'];
  closedAt: Scalars['String']['output'];
};

export type CaseParticipant = {
  __typename?: 'CaseParticipant';
  joinedAt: Scalars['String']['output'];
  organisation: Organisation;
  professional?: Maybe<Professional>;
  role: Role;
};

export type CaseStatus =
  | 'CLOSED'
  | 'OPEN';

export type ChangePhaseInput = {
  /** Required on escalation to phase 4: who holds bestuurlijke regie. */
  administrativeDirection?: InputMaybe<Scalars['String']['input']>;
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  phase: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};

/** A child, known only by the hub pseudonym. The casus subgraph adds its case, consents and handovers. */
export type Child = {
  __typename?: 'Child';
  /** Consents recorded by or for your organisation. */
  consents?: Maybe<Array<Consent>>;
  id: Scalars['ID']['output'];
  /** The child's open case, when your organisation takes part in it. */
  openCase?: Maybe<Case>;
  /** Warm handovers of this child to your school, once the parents' consent holds. */
  warmHandovers?: Maybe<Array<WarmHandover>>;
};

export type CloseCaseInput = {
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
};

export type ConfirmConsentInput = {
  /** Your name, as the other participants will see it beside the confirmation. */
  confirmerName: Scalars['String']['input'];
  consentId: Scalars['ID']['input'];
};

export type ConfirmPhaseChangeInput = {
  caseId: Scalars['ID']['input'];
  /** Your name, as the other participants will see it beside the confirmation. */
  confirmerName: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

/** Consent per child, per purpose, per receiving organisation (AVG art. 6(1)(a) and 7). */
export type Consent = {
  __typename?: 'Consent';
  child?: Maybe<Child>;
  /** Who confirmed it, where the recorder was also the receiver. */
  confirmedBy?: Maybe<Professional>;
  /** When the case or handover it was given for ended. */
  endedAt?: Maybe<Scalars['String']['output']>;
  /** Who gave it and when; under 12 a parent or guardian, 12 to 15 both child and parent, from 16 the young person. */
  givenBy: Array<ConsentGiving>;
  id: Scalars['ID']['output'];
  /** The organisation that may receive data under it. */
  organisation: Organisation;
  purpose: Purpose;
  recordedAt: Scalars['String']['output'];
  status: ConsentStatus;
  /** Last day on which it holds. */
  validUntil: Scalars['String']['output'];
  withdrawnAt?: Maybe<Scalars['String']['output']>;
};

export type ConsentGiver =
  | 'CHILD'
  | 'GUARDIAN'
  | 'PARENT';

export type ConsentGiving = {
  __typename?: 'ConsentGiving';
  givenAt: Scalars['String']['output'];
  giver: ConsentGiver;
};

export type ConsentStatus =
  /** Recorded by the organisation that receives under it: holds once a participant of another organisation confirms it. */
  | 'AWAITING_CONFIRMATION'
  /** Its case was closed (or its handover removed): consent ends with the context it was given for. */
  | 'ENDED'
  | 'EXPIRED'
  /** Not yet given by everyone the age rule requires (12 to 15: child and parent). */
  | 'PENDING'
  | 'VALID'
  | 'WITHDRAWN';

/** AVG category of the data a field carries. */
export type DataCategory =
  /** Criminal-law data (strafrechtelijke gegevens, AVG art. 10). */
  | 'CRIMINAL'
  /** Ordinary personal data (gewone persoonsgegevens). */
  | 'ORDINARY'
  /** Police data (politiegegevens, Wet politiegegevens). */
  | 'POLICE_DATA'
  /** Not personal data (a public register, an institution). */
  | 'PUBLIC'
  /** Special category: health (bijzondere persoonsgegevens, AVG art. 9). */
  | 'SPECIAL_CATEGORY';

export type Goal = {
  __typename?: 'Goal';
  actions: Array<PlanAction>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type HandoverStatus =
  | 'AWAITING_CONSENT'
  | 'RELEASED';

export type InvolvementBasis =
  /** A reason the organisation's professional stated (municipality); reviewed by the privacy officer. */
  | 'STATED_REASON'
  /** The organisation's own system of record holds the child's record (checked by the hub). */
  | 'SYSTEM_OF_RECORD';

/** Two or more organisations with an open signal on the same child. */
export type Match = {
  __typename?: 'Match';
  child?: Maybe<Child>;
  /** The other organisations' open signals, with their contact. */
  signals: Array<Signal>;
  /** When the second organisation signalled. */
  since: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addAction?: Maybe<Case>;
  addGoal?: Maybe<Case>;
  addParticipant?: Maybe<Case>;
  /**
   * Escalates or de-escalates the case between AVE phases; phase 4 names who holds administrative
   * direction. An escalation into phase 3 or 4 is only proposed (Case.pendingPhaseChange) until a
   * participant of another organisation confirms it; any other change applies at once.
   */
  changePhase?: Maybe<Case>;
  /** Closes the case with a reason; it releases nothing more to its former participants. */
  closeCase?: Maybe<CaseClosure>;
  /**
   * Confirms a consent the case director recorded for their own organisation (status
   * AWAITING_CONFIRMATION): by a participant of another organisation of the case.
   */
  confirmConsent?: Maybe<Consent>;
  /**
   * Confirms the escalation the case director proposed: by a participant of another organisation
   * than the director's (separation of duties: no single organisation escalates alone).
   */
  confirmPhaseChange?: Maybe<Case>;
  /** Opens the child's case from its open signals; you become its case director. */
  openCase?: Maybe<Case>;
  /** Prepares the warm handover of a child moving from childcare to a school of the covenant: only by the childcare holding the child's placement. */
  prepareWarmHandover?: Maybe<WarmHandover>;
  /**
   * Records one giver's consent, where it is obtained; the age rule decides who may give it.
   * CASE_DISCUSSION consent is recorded by the case director of the child's open case, for an
   * organisation taking part in it, and ends when that case closes; recorded for the director's own
   * organisation it holds only once a participant of another organisation confirms it. WARM_HANDOVER
   * consent is recorded by the childcare organisation that prepared the child's warm handover (and
   * still holds its placement), for that handover. Anyone else: NOT_ENTITLED_TO_RECORD_CONSENT.
   */
  recordConsent?: Maybe<Consent>;
  /**
   * Registers that your organisation is involved with the child (no content). Only an organisation
   * that its own system of record shows as involved may (an enrolment, a placement, a JGZ client, a
   * Veilig Thuis or police file); the municipality, which has none in the hub, states its reason.
   */
  registerSignal?: Maybe<Signal>;
  /**
   * Settles the child's birth date when the organisations reported different ones (checked with the
   * family); until then the consent age rule decides nothing. For the case director of the child's
   * open case only.
   */
  resolveBirthDate?: Maybe<Case>;
  /** A participant updates the status of their own action. */
  updateAction?: Maybe<PlanAction>;
  /**
   * Withdraws a consent at once (AVG art. 7 lid 3). Withdrawing only narrows what is shared, so the
   * recording organisation, the receiving organisation and the case director of the child's open
   * case may each do it; anyone else is told there is no such consent.
   */
  withdrawConsent?: Maybe<Consent>;
  withdrawSignal?: Maybe<Signal>;
};


export type MutationAddActionArgs = {
  input: AddActionInput;
};


export type MutationAddGoalArgs = {
  input: AddGoalInput;
};


export type MutationAddParticipantArgs = {
  input: AddParticipantInput;
};


export type MutationChangePhaseArgs = {
  input: ChangePhaseInput;
};


export type MutationCloseCaseArgs = {
  input: CloseCaseInput;
};


export type MutationConfirmConsentArgs = {
  input: ConfirmConsentInput;
};


export type MutationConfirmPhaseChangeArgs = {
  input: ConfirmPhaseChangeInput;
};


export type MutationOpenCaseArgs = {
  input: OpenCaseInput;
};


export type MutationPrepareWarmHandoverArgs = {
  input: PrepareWarmHandoverInput;
};


export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};


export type MutationRegisterSignalArgs = {
  input: RegisterSignalInput;
};


export type MutationResolveBirthDateArgs = {
  input: ResolveBirthDateInput;
};


export type MutationUpdateActionArgs = {
  input: UpdateActionInput;
};


export type MutationWithdrawConsentArgs = {
  consentId: Scalars['ID']['input'];
};


export type MutationWithdrawSignalArgs = {
  signalId: Scalars['ID']['input'];
};

export type OpenCaseInput = {
  administrativeDirection?: InputMaybe<Scalars['String']['input']>;
  caseDirectorName: Scalars['String']['input'];
  childId: Scalars['ID']['input'];
  /** Others besides the signalling organisations' contacts, who join automatically. */
  participants?: InputMaybe<Array<ParticipantInput>>;
  /** AVE phase 2 (default), 3 or 4. */
  phase?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A member organisation of the covenant: an institution, public information. */
export type Organisation = {
  __typename?: 'Organisation';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  type: OrganisationType;
};

export type OrganisationType =
  | 'CHILDCARE'
  | 'GGD'
  | 'MUNICIPALITY'
  | 'POLICE'
  | 'SCHOOL'
  | 'VEILIG_THUIS'
  | 'YOUTH_CARE';

export type ParticipantInput = {
  organisationId: Scalars['ID']['input'];
  /** The professional's id (token sub). */
  professionalId: Scalars['ID']['input'];
  professionalName: Scalars['String']['input'];
  role: Role;
};

/** A proposed escalation, not yet in effect. */
export type PendingPhaseChange = {
  __typename?: 'PendingPhaseChange';
  administrativeDirection?: Maybe<Scalars['String']['output']>;
  proposedAt: Scalars['String']['output'];
  proposedBy?: Maybe<Professional>;
  reason: Scalars['String']['output'];
  to: Scalars['Int']['output'];
};

export type PhaseChange = {
  __typename?: 'PhaseChange';
  administrativeDirection?: Maybe<Scalars['String']['output']>;
  changedAt: Scalars['String']['output'];
  changedBy?: Maybe<Professional>;
  /** The participant of another organisation who confirmed an escalation to phase 3 or 4. */
  confirmedBy?: Maybe<Professional>;
  /** Null for the phase the case opened in. */
  from?: Maybe<Scalars['Int']['output']>;
  reason: Scalars['String']['output'];
  to: Scalars['Int']['output'];
};

export type PlanAction = {
  __typename?: 'PlanAction';
  description: Scalars['String']['output'];
  dueDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The participant who carries it out; only they update it. */
  owner?: Maybe<Professional>;
  ownerOrganisation: Organisation;
  status: ActionStatus;
  updatedAt: Scalars['String']['output'];
};

export type PrepareWarmHandoverInput = {
  childBirthDate?: InputMaybe<Scalars['String']['input']>;
  childId: Scalars['ID']['input'];
  development: Scalars['String']['input'];
  pointsOfAttention: Array<Scalars['String']['input']>;
  toSchoolId: Scalars['ID']['input'];
  vveDurationMonths: Scalars['Int']['input'];
  vveProgramme: Scalars['String']['input'];
};

/** A professional, as they gave their name when signalling or joining a case. */
export type Professional = {
  __typename?: 'Professional';
  /** The subject (sub) of the professional's token. */
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  organisation?: Maybe<Organisation>;
};

/** Why a request is made (doelbinding). Sent in the X-Purpose header. */
export type Purpose =
  /** Casusoverleg: discussing a case and its plan of approach. */
  | 'CASE_DISCUSSION'
  /** Leerplichthandhaving: enforcing the compulsory-education act. */
  | 'COMPULSORY_EDUCATION'
  /** Inzage: answering a data subject's access request. */
  | 'DATA_SUBJECT_ACCESS'
  /** Signalering: registering and matching signals of involvement. */
  | 'SIGNALLING'
  /** Trendmonitoring: aggregates only. */
  | 'TREND_MONITORING'
  /** Warme overdracht: handing a child over between services. */
  | 'WARM_HANDOVER';

/**
 * The hub's own work process, "van signaal naar aanpak": signals of involvement and their matches,
 * cases with their AVE phase and plan of approach, consent, and the warm handover to school. Types
 * reached only through protected fields (Signal, Match, Consent, ...) inherit that protection.
 */
export type Query = {
  __typename?: 'Query';
  /** An open case your organisation takes part in; null otherwise. */
  case?: Maybe<Case>;
  /** A way in to a child by pseudonym; null for anything that is not a well-formed pseudonym. */
  child?: Maybe<Child>;
  /** Warm handovers to your school whose parents' consent holds. */
  incomingHandovers?: Maybe<Array<WarmHandover>>;
  /** Open cases your organisation takes part in. */
  myCases?: Maybe<Array<Case>>;
  /** Open matches of your organisation, with the other organisations' contacts; the municipality's case directors see every match (matchregie). */
  myMatches?: Maybe<Array<Match>>;
  /** Your organisation's signals, open, withdrawn and archived. */
  mySignals?: Maybe<Array<Signal>>;
  organisation?: Maybe<Organisation>;
  organisations: Array<Organisation>;
  /** Warm handovers your childcare organisation prepared (their content goes to the school only). */
  preparedHandovers?: Maybe<Array<WarmHandover>>;
  /**
   * Signals the municipality registered on its professionals' stated reasons (it has no system of
   * record in the hub that could confirm its involvement), newest first: for the hub operator's
   * privacy officer, who reviews that each reason holds.
   */
  statedInvolvements?: Maybe<Array<StatedInvolvement>>;
  /**
   * Trend figures (beleidsinformatie) over the covenant's whole work process, from the hub's own
   * records only: counts, never a child. Every count from 1 to 4 is suppressed (value null,
   * suppressed true); 0 is shown as 0. The monthly series covers complete calendar months (Dutch
   * time) from `from` to `to` (YYYY-MM), by default the last twelve.
   */
  trendFigures?: Maybe<TrendFigures>;
};


/**
 * The hub's own work process, "van signaal naar aanpak": signals of involvement and their matches,
 * cases with their AVE phase and plan of approach, consent, and the warm handover to school. Types
 * reached only through protected fields (Signal, Match, Consent, ...) inherit that protection.
 */
export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The hub's own work process, "van signaal naar aanpak": signals of involvement and their matches,
 * cases with their AVE phase and plan of approach, consent, and the warm handover to school. Types
 * reached only through protected fields (Signal, Match, Consent, ...) inherit that protection.
 */
export type QueryChildArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The hub's own work process, "van signaal naar aanpak": signals of involvement and their matches,
 * cases with their AVE phase and plan of approach, consent, and the warm handover to school. Types
 * reached only through protected fields (Signal, Match, Consent, ...) inherit that protection.
 */
export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The hub's own work process, "van signaal naar aanpak": signals of involvement and their matches,
 * cases with their AVE phase and plan of approach, consent, and the warm handover to school. Types
 * reached only through protected fields (Signal, Match, Consent, ...) inherit that protection.
 */
export type QueryOrganisationsArgs = {
  type?: InputMaybe<OrganisationType>;
};


/**
 * The hub's own work process, "van signaal naar aanpak": signals of involvement and their matches,
 * cases with their AVE phase and plan of approach, consent, and the warm handover to school. Types
 * reached only through protected fields (Signal, Match, Consent, ...) inherit that protection.
 */
export type QueryStatedInvolvementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The hub's own work process, "van signaal naar aanpak": signals of involvement and their matches,
 * cases with their AVE phase and plan of approach, consent, and the warm handover to school. Types
 * reached only through protected fields (Signal, Match, Consent, ...) inherit that protection.
 */
export type QueryTrendFiguresArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

export type RecordConsentInput = {
  /** Needed only when the hub has no birth date for the child yet; kept as your organisation's report. */
  childBirthDate?: InputMaybe<Scalars['String']['input']>;
  childId: Scalars['ID']['input'];
  givenBy: ConsentGiver;
  organisationId: Scalars['ID']['input'];
  purpose: Purpose;
  /** Last day (YYYY-MM-DD) on which the consent holds. */
  validUntil: Scalars['String']['input'];
};

export type RegisterSignalInput = {
  /** Kept only for the consent age rule (AVG art. 8; UAVG art. 5), as your organisation's report. */
  childBirthDate: Scalars['String']['input'];
  childId: Scalars['ID']['input'];
  /** Your name as contact person for the other organisations. */
  contactName: Scalars['String']['input'];
  domain?: InputMaybe<SignalDomain>;
  /** Why your organisation is involved: required of the municipality (no system of record in the hub), ignored otherwise; the privacy officer reviews it. */
  statedReason?: InputMaybe<Scalars['String']['input']>;
};

/** Per-child conditions of a release rule, decided by the subgraph for each child. */
export type ReleaseCondition =
  /** The caller's organisation takes part in an open case of this child. */
  | 'CASE_PARTICIPANT'
  /** A valid consent of the child or parents for this purpose and the caller's organisation. */
  | 'CONSENT'
  /** The caller's organisation operates the hub (the covenant's municipality, joint controller under AVG art. 26). */
  | 'HUB_OPERATOR'
  /** The caller's organisation holds this record (eigen dossier). */
  | 'OWN_ORGANISATION';

export type ResolveBirthDateInput = {
  /** The birth date (YYYY-MM-DD) as checked with the family. */
  birthDate: Scalars['String']['input'];
  childId: Scalars['ID']['input'];
};

/** The covenant's roles. A token carries exactly one. */
export type Role =
  /** Regisseur of the municipal youth team. */
  | 'CASE_DIRECTOR'
  /** Pedagogisch medewerker of a childcare location. */
  | 'CHILDCARE_WORKER'
  /** Leerplichtambtenaar of the municipality. */
  | 'COMPULSORY_EDUCATION_OFFICER'
  /** Jeugdarts or jeugdverpleegkundige of the GGD (JGZ). */
  | 'JGZ_PROFESSIONAL'
  /** Police officer (wijkagent, jeugdagent). */
  | 'POLICE_OFFICER'
  /** Policy analyst: aggregates only. */
  | 'POLICY_ANALYST'
  /** Privacy officer (FG): the processing log only, never content. */
  | 'PRIVACY_OFFICER'
  /** Intern begeleider / zorgcoördinator of a school. */
  | 'SCHOOL_CARE_COORDINATOR'
  /** Medewerker of Veilig Thuis. */
  | 'VEILIG_THUIS_WORKER'
  /** Jeugdhulpverlener of a youth-care provider (jeugdhulpaanbieder). */
  | 'YOUTH_CARE_PROVIDER';

/** A signal of involvement (verwijsindex): that an organisation is involved, never why. */
export type Signal = {
  __typename?: 'Signal';
  child?: Maybe<Child>;
  contact?: Maybe<Professional>;
  domain?: Maybe<SignalDomain>;
  id: Scalars['ID']['output'];
  /** What the organisation's involvement rests on. */
  involvement?: Maybe<InvolvementBasis>;
  organisation: Organisation;
  registeredAt: Scalars['String']['output'];
  status: SignalStatus;
};

export type SignalDomain =
  | 'DEVELOPMENT'
  | 'EDUCATION'
  | 'FAMILY'
  | 'HEALTH'
  | 'OTHER'
  | 'SAFETY';

export type SignalDomainCount = {
  __typename?: 'SignalDomainCount';
  count: TrendCount;
  /** Null for signals registered without a domain. */
  domain?: Maybe<SignalDomain>;
};

/** Open for two years, then archived for five, then deleted; or withdrawn by its organisation. */
export type SignalStatus =
  | 'ARCHIVED'
  | 'OPEN'
  | 'WITHDRAWN';

/** A signal registered on a stated reason, for the hub operator's privacy officer to review. */
export type StatedInvolvement = {
  __typename?: 'StatedInvolvement';
  child?: Maybe<Child>;
  organisation: Organisation;
  /** The professional (token subject) who signalled. */
  professionalId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  registeredAt: Scalars['String']['output'];
  role: Role;
  signalId: Scalars['ID']['output'];
  status: SignalStatus;
};

/** A count as released for policy: the number, or null and suppressed for 1 to 4. */
export type TrendCount = {
  __typename?: 'TrendCount';
  /** True when the count lies from 1 to 4 and is withheld so that no child can be singled out. */
  suppressed: Scalars['Boolean']['output'];
  /** The count; null when suppressed. */
  value?: Maybe<Scalars['Int']['output']>;
};

/**
 * Counts over the whole covenant for policy. No totals beside a breakdown: a total would give away
 * a suppressed cell by subtraction. Add up released cells instead; a suppressed cell is 1 to 4.
 */
export type TrendFigures = {
  __typename?: 'TrendFigures';
  /** Children with at least one open signal now. */
  childrenWithOpenSignal: TrendCount;
  /** Consents valid now (all givers the age rule asks for, not expired nor withdrawn). */
  consentsInForce: TrendCount;
  /** When the current figures (all but months) were counted, ISO 8601. */
  countedAt: Scalars['String']['output'];
  /** What happened per complete calendar month, oldest first. */
  months: Array<TrendMonth>;
  /** Open cases now, one row per AVE phase 1 to 4. */
  openCasesByPhase: Array<AvePhaseCount>;
  /** Children with open signals of two or more organisations now. */
  openMatches: TrendCount;
  /** Open signals now, one row per domain and one (domain null) for signals without a domain. */
  openSignalsByDomain: Array<SignalDomainCount>;
};

/** One calendar month (Europe/Amsterdam), each event counted in the month it happened. */
export type TrendMonth = {
  __typename?: 'TrendMonth';
  casesClosed: TrendCount;
  casesOpened: TrendCount;
  /** Consents recorded (the first giver's), by the month they were recorded. */
  consentsGiven: TrendCount;
  consentsWithdrawn: TrendCount;
  /** Phase changes of a case to a lower AVE phase. */
  deescalations: TrendCount;
  /** Phase changes of a case to a higher AVE phase. */
  escalations: TrendCount;
  /** Warm handovers from childcare to school prepared. */
  handoversPrepared: TrendCount;
  /** YYYY-MM */
  month: Scalars['String']['output'];
  signalsRegistered: TrendCount;
  signalsWithdrawn: TrendCount;
};

export type UpdateActionInput = {
  actionId: Scalars['ID']['input'];
  caseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  status: ActionStatus;
};

/**
 * A warm handover from childcare to primary school (overdrachtsformulier). Its content is released
 * only to the receiving school's care coordinator, and only while the parents' consent holds.
 */
export type WarmHandover = {
  __typename?: 'WarmHandover';
  child?: Maybe<Child>;
  /** Development of the child in the childcare's words. */
  development?: Maybe<Scalars['String']['output']>;
  fromOrganisation: Organisation;
  id: Scalars['ID']['output'];
  pointsOfAttention?: Maybe<Array<Scalars['String']['output']>>;
  preparedAt: Scalars['String']['output'];
  status: HandoverStatus;
  toSchool: Organisation;
  vveDurationMonths?: Maybe<Scalars['Int']['output']>;
  /** The VVE programme followed (e.g. Piramide, Kaleidoscoop, Uk & Puk). */
  vveProgramme?: Maybe<Scalars['String']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Child: Child;
  Organisation: Organisation;
  Professional: Professional;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Child:
    ( { __typename: 'Child' }
    & GraphQLRecursivePick<FederationTypes['Child'], {"id":true}> );
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
  Professional:
    ( { __typename: 'Professional' }
    & GraphQLRecursivePick<FederationTypes['Professional'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActionStatus: ActionStatus;
  AddActionInput: AddActionInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddGoalInput: AddGoalInput;
  AddParticipantInput: AddParticipantInput;
  AvePhaseCount: ResolverTypeWrapper<AvePhaseCount>;
  Case: ResolverTypeWrapper<CaseView>;
  CaseClosure: ResolverTypeWrapper<CaseView>;
  CaseParticipant: ResolverTypeWrapper<ParticipantRecord>;
  CaseStatus: CaseStatus;
  ChangePhaseInput: ChangePhaseInput;
  Child: ResolverTypeWrapper<ChildRef>;
  CloseCaseInput: CloseCaseInput;
  ConfirmConsentInput: ConfirmConsentInput;
  ConfirmPhaseChangeInput: ConfirmPhaseChangeInput;
  Consent: ResolverTypeWrapper<ConsentView>;
  ConsentGiver: ConsentGiver;
  ConsentGiving: ResolverTypeWrapper<ConsentGivingRecord>;
  ConsentStatus: ConsentStatus;
  DataCategory: DataCategory;
  Goal: ResolverTypeWrapper<GoalRecord>;
  HandoverStatus: HandoverStatus;
  InvolvementBasis: InvolvementBasis;
  Match: ResolverTypeWrapper<MatchView>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenCaseInput: OpenCaseInput;
  Organisation: ResolverTypeWrapper<OrganisationRef>;
  OrganisationType: OrganisationType;
  ParticipantInput: ParticipantInput;
  PendingPhaseChange: ResolverTypeWrapper<PendingPhaseChangeRecord>;
  PhaseChange: ResolverTypeWrapper<PhaseChangeRecord>;
  PlanAction: ResolverTypeWrapper<ActionRecord>;
  PrepareWarmHandoverInput: PrepareWarmHandoverInput;
  Professional: ResolverTypeWrapper<ProfessionalRecord>;
  Purpose: Purpose;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordConsentInput: RecordConsentInput;
  RegisterSignalInput: RegisterSignalInput;
  ReleaseCondition: ReleaseCondition;
  ResolveBirthDateInput: ResolveBirthDateInput;
  Role: Role;
  Signal: ResolverTypeWrapper<SignalRecord>;
  SignalDomain: SignalDomain;
  SignalDomainCount: ResolverTypeWrapper<SignalDomainCount>;
  SignalStatus: SignalStatus;
  StatedInvolvement: ResolverTypeWrapper<SignalRecord>;
  TrendCount: ResolverTypeWrapper<TrendCount>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  TrendFigures: ResolverTypeWrapper<TrendFigures>;
  TrendMonth: ResolverTypeWrapper<TrendMonth>;
  UpdateActionInput: UpdateActionInput;
  WarmHandover: ResolverTypeWrapper<HandoverView>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddActionInput: AddActionInput;
  ID: Scalars['ID']['output'];
  AddGoalInput: AddGoalInput;
  AddParticipantInput: AddParticipantInput;
  AvePhaseCount: AvePhaseCount;
  Case: CaseView;
  CaseClosure: CaseView;
  CaseParticipant: ParticipantRecord;
  ChangePhaseInput: ChangePhaseInput;
  Child: ChildRef;
  CloseCaseInput: CloseCaseInput;
  ConfirmConsentInput: ConfirmConsentInput;
  ConfirmPhaseChangeInput: ConfirmPhaseChangeInput;
  Consent: ConsentView;
  ConsentGiving: ConsentGivingRecord;
  Goal: GoalRecord;
  Match: MatchView;
  Mutation: Record<PropertyKey, never>;
  OpenCaseInput: OpenCaseInput;
  Organisation: OrganisationRef;
  ParticipantInput: ParticipantInput;
  PendingPhaseChange: PendingPhaseChangeRecord;
  PhaseChange: PhaseChangeRecord;
  PlanAction: ActionRecord;
  PrepareWarmHandoverInput: PrepareWarmHandoverInput;
  Professional: ProfessionalRecord;
  Query: Record<PropertyKey, never>;
  RecordConsentInput: RecordConsentInput;
  RegisterSignalInput: RegisterSignalInput;
  ResolveBirthDateInput: ResolveBirthDateInput;
  Signal: SignalRecord;
  SignalDomainCount: SignalDomainCount;
  StatedInvolvement: SignalRecord;
  TrendCount: TrendCount;
  Boolean: Scalars['Boolean']['output'];
  TrendFigures: TrendFigures;
  TrendMonth: TrendMonth;
  UpdateActionInput: UpdateActionInput;
  WarmHandover: HandoverView;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
};

export type PrivacyDirectiveArgs = {
  basis: Scalars['String']['input'];
  category: DataCategory;
  minPhase?: Maybe<Scalars['Int']['input']>;
  purposes?: Maybe<Array<Purpose>>;
  roles?: Maybe<Array<Role>>;
  when?: Maybe<Array<ReleaseCondition>>;
};

export type PrivacyDirectiveResolver<Result, Parent, ContextType = CasusContext, Args = PrivacyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AvePhaseCountResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['AvePhaseCount'] = ResolversParentTypes['AvePhaseCount']> = {
  count?: Resolver<ResolversTypes['TrendCount'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case']> = {
  administrativeDirection?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caseDirector?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  child?: Resolver<Maybe<ResolversTypes['Child']>, ParentType, ContextType>;
  goals?: Resolver<Maybe<Array<ResolversTypes['Goal']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Maybe<Array<ResolversTypes['CaseParticipant']>>, ParentType, ContextType>;
  pendingPhaseChange?: Resolver<Maybe<ResolversTypes['PendingPhaseChange']>, ParentType, ContextType>;
  phase?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  phaseHistory?: Resolver<Maybe<Array<ResolversTypes['PhaseChange']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['CaseStatus']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CaseClosureResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['CaseClosure'] = ResolversParentTypes['CaseClosure']> = {
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  closedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseParticipantResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['CaseParticipant'] = ResolversParentTypes['CaseParticipant']> = {
  joinedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  professional?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type ChildResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['Child'] = ResolversParentTypes['Child'], FederationReferenceType extends FederationReferenceTypes['Child'] = FederationReferenceTypes['Child']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Child']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consents?: Resolver<Maybe<Array<ResolversTypes['Consent']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openCase?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  warmHandovers?: Resolver<Maybe<Array<ResolversTypes['WarmHandover']>>, ParentType, ContextType>;
};

export type ConsentResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = {
  child?: Resolver<Maybe<ResolversTypes['Child']>, ParentType, ContextType>;
  confirmedBy?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  givenBy?: Resolver<Array<ResolversTypes['ConsentGiving']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['Purpose'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsentStatus'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConsentGivingResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['ConsentGiving'] = ResolversParentTypes['ConsentGiving']> = {
  givenAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  giver?: Resolver<ResolversTypes['ConsentGiver'], ParentType, ContextType>;
};

export type GoalResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal']> = {
  actions?: Resolver<Array<ResolversTypes['PlanAction']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MatchResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['Match'] = ResolversParentTypes['Match']> = {
  child?: Resolver<Maybe<ResolversTypes['Child']>, ParentType, ContextType>;
  signals?: Resolver<Array<ResolversTypes['Signal']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAction?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<MutationAddActionArgs, 'input'>>;
  addGoal?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<MutationAddGoalArgs, 'input'>>;
  addParticipant?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<MutationAddParticipantArgs, 'input'>>;
  changePhase?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<MutationChangePhaseArgs, 'input'>>;
  closeCase?: Resolver<Maybe<ResolversTypes['CaseClosure']>, ParentType, ContextType, RequireFields<MutationCloseCaseArgs, 'input'>>;
  confirmConsent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType, RequireFields<MutationConfirmConsentArgs, 'input'>>;
  confirmPhaseChange?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<MutationConfirmPhaseChangeArgs, 'input'>>;
  openCase?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<MutationOpenCaseArgs, 'input'>>;
  prepareWarmHandover?: Resolver<Maybe<ResolversTypes['WarmHandover']>, ParentType, ContextType, RequireFields<MutationPrepareWarmHandoverArgs, 'input'>>;
  recordConsent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType, RequireFields<MutationRecordConsentArgs, 'input'>>;
  registerSignal?: Resolver<Maybe<ResolversTypes['Signal']>, ParentType, ContextType, RequireFields<MutationRegisterSignalArgs, 'input'>>;
  resolveBirthDate?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<MutationResolveBirthDateArgs, 'input'>>;
  updateAction?: Resolver<Maybe<ResolversTypes['PlanAction']>, ParentType, ContextType, RequireFields<MutationUpdateActionArgs, 'input'>>;
  withdrawConsent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType, RequireFields<MutationWithdrawConsentArgs, 'consentId'>>;
  withdrawSignal?: Resolver<Maybe<ResolversTypes['Signal']>, ParentType, ContextType, RequireFields<MutationWithdrawSignalArgs, 'signalId'>>;
};

export type OrganisationResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['OrganisationType'], ParentType, ContextType>;
};

export type PendingPhaseChangeResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['PendingPhaseChange'] = ResolversParentTypes['PendingPhaseChange']> = {
  administrativeDirection?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposedBy?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PhaseChangeResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['PhaseChange'] = ResolversParentTypes['PhaseChange']> = {
  administrativeDirection?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  confirmedBy?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanActionResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['PlanAction'] = ResolversParentTypes['PlanAction']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  ownerOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProfessionalResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['Professional'] = ResolversParentTypes['Professional'], FederationReferenceType extends FederationReferenceTypes['Professional'] = FederationReferenceTypes['Professional']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Professional']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  child?: Resolver<Maybe<ResolversTypes['Child']>, ParentType, ContextType, RequireFields<QueryChildArgs, 'id'>>;
  incomingHandovers?: Resolver<Maybe<Array<ResolversTypes['WarmHandover']>>, ParentType, ContextType>;
  myCases?: Resolver<Maybe<Array<ResolversTypes['Case']>>, ParentType, ContextType>;
  myMatches?: Resolver<Maybe<Array<ResolversTypes['Match']>>, ParentType, ContextType>;
  mySignals?: Resolver<Maybe<Array<ResolversTypes['Signal']>>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<QueryOrganisationsArgs>>;
  preparedHandovers?: Resolver<Maybe<Array<ResolversTypes['WarmHandover']>>, ParentType, ContextType>;
  statedInvolvements?: Resolver<Maybe<Array<ResolversTypes['StatedInvolvement']>>, ParentType, ContextType, RequireFields<QueryStatedInvolvementsArgs, 'first' | 'offset'>>;
  trendFigures?: Resolver<Maybe<ResolversTypes['TrendFigures']>, ParentType, ContextType, Partial<QueryTrendFiguresArgs>>;
};

export type SignalResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['Signal'] = ResolversParentTypes['Signal']> = {
  child?: Resolver<Maybe<ResolversTypes['Child']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['SignalDomain']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  involvement?: Resolver<Maybe<ResolversTypes['InvolvementBasis']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SignalStatus'], ParentType, ContextType>;
};

export type SignalDomainCountResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['SignalDomainCount'] = ResolversParentTypes['SignalDomainCount']> = {
  count?: Resolver<ResolversTypes['TrendCount'], ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['SignalDomain']>, ParentType, ContextType>;
};

export type StatedInvolvementResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['StatedInvolvement'] = ResolversParentTypes['StatedInvolvement']> = {
  child?: Resolver<Maybe<ResolversTypes['Child']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  professionalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  signalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SignalStatus'], ParentType, ContextType>;
};

export type TrendCountResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['TrendCount'] = ResolversParentTypes['TrendCount']> = {
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TrendFiguresResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['TrendFigures'] = ResolversParentTypes['TrendFigures']> = {
  childrenWithOpenSignal?: Resolver<ResolversTypes['TrendCount'], ParentType, ContextType>;
  consentsInForce?: Resolver<ResolversTypes['TrendCount'], ParentType, ContextType>;
  countedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['TrendMonth']>, ParentType, ContextType>;
  openCasesByPhase?: Resolver<Array<ResolversTypes['AvePhaseCount']>, ParentType, ContextType>;
  openMatches?: Resolver<ResolversTypes['TrendCount'], ParentType, ContextType>;
  openSignalsByDomain?: Resolver<Array<ResolversTypes['SignalDomainCount']>, ParentType, ContextType>;
};

export type TrendMonthResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['TrendMonth'] = ResolversParentTypes['TrendMonth']> = {
  casesClosed?: Resolver<ResolversTypes['TrendCount'], ParentType, ContextType>;
  casesOpened?: Resolver<ResolversTypes['TrendCount'], ParentType, ContextType>;
  consentsGiven?: Resolver<ResolversTypes['TrendCount'], ParentType, ContextType>;
  consentsWithdrawn?: Resolver<ResolversTypes['TrendCount'], ParentType, ContextType>;
  deescalations?: Resolver<ResolversTypes['TrendCount'], ParentType, ContextType>;
  escalations?: Resolver<ResolversTypes['TrendCount'], ParentType, ContextType>;
  handoversPrepared?: Resolver<ResolversTypes['TrendCount'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signalsRegistered?: Resolver<ResolversTypes['TrendCount'], ParentType, ContextType>;
  signalsWithdrawn?: Resolver<ResolversTypes['TrendCount'], ParentType, ContextType>;
};

export type WarmHandoverResolvers<ContextType = CasusContext, ParentType extends ResolversParentTypes['WarmHandover'] = ResolversParentTypes['WarmHandover']> = {
  child?: Resolver<Maybe<ResolversTypes['Child']>, ParentType, ContextType>;
  development?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pointsOfAttention?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  preparedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HandoverStatus'], ParentType, ContextType>;
  toSchool?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  vveDurationMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  vveProgramme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = CasusContext> = {
  AvePhaseCount?: AvePhaseCountResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseClosure?: CaseClosureResolvers<ContextType>;
  CaseParticipant?: CaseParticipantResolvers<ContextType>;
  Child?: ChildResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ConsentGiving?: ConsentGivingResolvers<ContextType>;
  Goal?: GoalResolvers<ContextType>;
  Match?: MatchResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PendingPhaseChange?: PendingPhaseChangeResolvers<ContextType>;
  PhaseChange?: PhaseChangeResolvers<ContextType>;
  PlanAction?: PlanActionResolvers<ContextType>;
  Professional?: ProfessionalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Signal?: SignalResolvers<ContextType>;
  SignalDomainCount?: SignalDomainCountResolvers<ContextType>;
  StatedInvolvement?: StatedInvolvementResolvers<ContextType>;
  TrendCount?: TrendCountResolvers<ContextType>;
  TrendFigures?: TrendFiguresResolvers<ContextType>;
  TrendMonth?: TrendMonthResolvers<ContextType>;
  WarmHandover?: WarmHandoverResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = CasusContext> = {
  privacy?: PrivacyDirectiveResolver<any, any, ContextType>;
};
