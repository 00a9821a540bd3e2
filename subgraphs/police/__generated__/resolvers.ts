import type { GraphQLResolveInfo } from 'graphql';
import type { ChildRef, OrganisationRef, IncidentRecord, CareReportRecord, DomesticViolenceRecord, ProKidRecord, AddressSignalRecord, HaltRecord, CaseOutcomeRecord } from '../records.ts';
import type { PoliceContext } from '../policeContext.ts';
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

/**
 * A child or young person (0 to 20), known to the graph only by the hub pseudonym. The police
 * subgraph adds what the basisteam's registration system holds. Police data (Wet politiegegevens,
 * Wpg) leaves the police only under Wpg art. 16-20: to Veilig Thuis (art. 18, Bpg 4:1) and to the
 * covenant's samenwerkingsverband at a case table (art. 20, Bpg 4:3).
 */
export type Child = {
  __typename?: 'Child';
  /** Huiselijk-geweldsignalering: the police flag the child as involved in domestic violence. Null when not flagged. */
  domesticViolenceFlag?: Maybe<PoliceDomesticViolenceFlag>;
  /** Halt referrals (Halt-afdoening), newest first. For the compulsory-education purpose only truancy referrals are fetched and shown. */
  haltReferrals?: Maybe<Array<HaltReferral>>;
  /** Hub pseudonym: a keyed hash of the BSN, never the BSN itself. */
  id: Scalars['ID']['output'];
  /** The L3 outcome: a short summary of what the police know, for the case table. */
  policeCaseOutcome?: Maybe<PoliceCaseOutcome>;
  /** Registrations in which the child is involved: incidents (with the child's role) and care reports (zorgmeldingen), newest first. */
  policeRegistrations?: Maybe<Array<PoliceRegistration>>;
  /** ProKid 12- risk signal, only for children under 12. Very sensitive: police and, at a case table, the case director. */
  proKidSignal?: Maybe<ProKidSignal>;
};

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

export type HaltOffence =
  | 'FIREWORKS'
  | 'NUISANCE'
  | 'SHOPLIFTING'
  /** Schoolverzuim, referred by the compulsory-education officer. */
  | 'TRUANCY'
  | 'VANDALISM';

export type HaltOutcome =
  /** Positief afgerond: no further prosecution. */
  | 'COMPLETED'
  /** Negatief afgerond: sent back to the police and the public prosecutor. */
  | 'FAILED'
  | 'IN_PROGRESS';

export type HaltReferral = {
  __typename?: 'HaltReferral';
  offence: HaltOffence;
  outcome: HaltOutcome;
  referredBy: HaltReferrer;
  referredOn: Scalars['String']['output'];
};

export type HaltReferrer =
  | 'COMPULSORY_EDUCATION_OFFICER'
  /** Buitengewoon opsporingsambtenaar (boa). */
  | 'ENFORCEMENT_OFFICER'
  | 'POLICE';

/** A member organisation of the covenant. The police subgraph adds a unit's registered children. */
export type Organisation = {
  __typename?: 'Organisation';
  id: Scalars['ID']['output'];
  /** The children this police unit holds registrations of, in the registration system's order. */
  registeredChildren?: Maybe<Array<Child>>;
};


/** A member organisation of the covenant. The police subgraph adds a unit's registered children. */
export type OrganisationRegisteredChildrenArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** A care report (zorgmelding) the police sent about the child. */
export type PoliceCareReport = PoliceRegistration & {
  __typename?: 'PoliceCareReport';
  concern: PoliceCareReportConcern;
  /** The officer's findings (bevindingen): for the police and Veilig Thuis only. */
  findings?: Maybe<Scalars['String']['output']>;
  registeredOn: Scalars['String']['output'];
  sentTo: PoliceCareReportRecipient;
};

export type PoliceCareReportConcern =
  | 'DOMESTIC_VIOLENCE'
  | 'NEGLECT'
  | 'OTHER'
  | 'PARENTING'
  | 'YOUTH_CRIME';

export type PoliceCareReportRecipient =
  | 'VEILIG_THUIS'
  /** The municipal youth team (jeugdteam). */
  | 'YOUTH_TEAM';

/** What the police know of the child, in short, for the case table (the L3 outcome). */
export type PoliceCaseOutcome = {
  __typename?: 'PoliceCaseOutcome';
  careReportSent: Scalars['Boolean']['output'];
  lastRegisteredOn?: Maybe<Scalars['String']['output']>;
  registrationCount: Scalars['Int']['output'];
  /** The child's distinct roles over all incidents. */
  roles: Array<PoliceChildRole>;
  /** One line in Dutch, as a police officer would say it at the case table. */
  summary: Scalars['String']['output'];
};

export type PoliceChildRole =
  /** Betrokkene (present or concerned, no other role). */
  | 'INVOLVED'
  /** Verdachte. */
  | 'SUSPECT'
  /** Slachtoffer. */
  | 'VICTIM'
  /** Getuige. */
  | 'WITNESS';

export type PoliceDomesticViolenceFlag = {
  __typename?: 'PoliceDomesticViolenceFlag';
  flaggedSince: Scalars['String']['output'];
  incidentCount: Scalars['Int']['output'];
  lastIncidentOn: Scalars['String']['output'];
};

/** An incident (mutatie) in which the child is involved. */
export type PoliceIncident = PoliceRegistration & {
  __typename?: 'PoliceIncident';
  /** The child's role in the incident. */
  childRole: PoliceChildRole;
  incidentType: PoliceIncidentType;
  /** The officer's free-text account (mutatietekst). It names third parties, so it stays with the police. */
  narrative?: Maybe<Scalars['String']['output']>;
  registeredOn: Scalars['String']['output'];
};

export type PoliceIncidentType =
  | 'ASSAULT'
  | 'DOMESTIC_VIOLENCE'
  | 'MISSING_PERSON'
  | 'THEFT'
  | 'THREAT'
  | 'VANDALISM'
  | 'YOUTH_NUISANCE';

/** A registration in the police system that involves the child. */
export type PoliceRegistration = {
  /** The date of the incident (pleegdatum) or of the care report. */
  registeredOn: Scalars['String']['output'];
};

export type ProKidAddressSignal = {
  __typename?: 'ProKidAddressSignal';
  kind: ProKidAddressSignalKind;
  registeredOn: Scalars['String']['output'];
};

export type ProKidAddressSignalKind =
  /** A care report about a housemate. */
  | 'CARE_REPORT_HOUSEMATE'
  | 'DOMESTIC_VIOLENCE'
  | 'DRUGS'
  | 'NUISANCE';

export type ProKidColour =
  /** Oranje: repeatedly a suspect. */
  | 'ORANGE'
  /** Rood: a suspect of serious or many offences. */
  | 'RED'
  /** Wit: the child as victim, witness or involved; concerns about its surroundings. */
  | 'WHITE'
  /** Geel: once a suspect of a light offence. */
  | 'YELLOW';

/** ProKid 12-: the police's risk signal for a child under 12. */
export type ProKidSignal = {
  __typename?: 'ProKidSignal';
  /** Signals registered on the child's address. They concern housemates, so they stay with the police. */
  addressSignals?: Maybe<Array<ProKidAddressSignal>>;
  colour: ProKidColour;
  determinedOn: Scalars['String']['output'];
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
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Child:
    ( { __typename: 'Child' }
    & GraphQLRecursivePick<FederationTypes['Child'], {"id":true}> );
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
};


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  PoliceRegistration:
    | ( CareReportRecord )
    | ( IncidentRecord )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Child: ResolverTypeWrapper<ChildRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DataCategory: DataCategory;
  HaltOffence: HaltOffence;
  HaltOutcome: HaltOutcome;
  HaltReferral: ResolverTypeWrapper<HaltRecord>;
  HaltReferrer: HaltReferrer;
  Organisation: ResolverTypeWrapper<OrganisationRef>;
  PoliceCareReport: ResolverTypeWrapper<CareReportRecord>;
  PoliceCareReportConcern: PoliceCareReportConcern;
  PoliceCareReportRecipient: PoliceCareReportRecipient;
  PoliceCaseOutcome: ResolverTypeWrapper<CaseOutcomeRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PoliceChildRole: PoliceChildRole;
  PoliceDomesticViolenceFlag: ResolverTypeWrapper<DomesticViolenceRecord>;
  PoliceIncident: ResolverTypeWrapper<IncidentRecord>;
  PoliceIncidentType: PoliceIncidentType;
  PoliceRegistration: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['PoliceRegistration']>;
  ProKidAddressSignal: ResolverTypeWrapper<AddressSignalRecord>;
  ProKidAddressSignalKind: ProKidAddressSignalKind;
  ProKidColour: ProKidColour;
  ProKidSignal: ResolverTypeWrapper<ProKidRecord>;
  Purpose: Purpose;
  ReleaseCondition: ReleaseCondition;
  Role: Role;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Child: ChildRef;
  ID: Scalars['ID']['output'];
  HaltReferral: HaltRecord;
  Organisation: OrganisationRef;
  PoliceCareReport: CareReportRecord;
  PoliceCaseOutcome: CaseOutcomeRecord;
  Boolean: Scalars['Boolean']['output'];
  PoliceDomesticViolenceFlag: DomesticViolenceRecord;
  PoliceIncident: IncidentRecord;
  PoliceRegistration: ResolversInterfaceTypes<ResolversParentTypes>['PoliceRegistration'];
  ProKidAddressSignal: AddressSignalRecord;
  ProKidSignal: ProKidRecord;
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

export type PrivacyDirectiveResolver<Result, Parent, ContextType = PoliceContext, Args = PrivacyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ChildResolvers<ContextType = PoliceContext, ParentType extends ResolversParentTypes['Child'] = ResolversParentTypes['Child'], FederationReferenceType extends FederationReferenceTypes['Child'] = FederationReferenceTypes['Child']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Child']> | FederationReferenceType, FederationReferenceType, ContextType>;
  domesticViolenceFlag?: Resolver<Maybe<ResolversTypes['PoliceDomesticViolenceFlag']>, ParentType, ContextType>;
  haltReferrals?: Resolver<Maybe<Array<ResolversTypes['HaltReferral']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  policeCaseOutcome?: Resolver<Maybe<ResolversTypes['PoliceCaseOutcome']>, ParentType, ContextType>;
  policeRegistrations?: Resolver<Maybe<Array<ResolversTypes['PoliceRegistration']>>, ParentType, ContextType>;
  proKidSignal?: Resolver<Maybe<ResolversTypes['ProKidSignal']>, ParentType, ContextType>;
};

export type HaltReferralResolvers<ContextType = PoliceContext, ParentType extends ResolversParentTypes['HaltReferral'] = ResolversParentTypes['HaltReferral']> = {
  offence?: Resolver<ResolversTypes['HaltOffence'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['HaltOutcome'], ParentType, ContextType>;
  referredBy?: Resolver<ResolversTypes['HaltReferrer'], ParentType, ContextType>;
  referredOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = PoliceContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  registeredChildren?: Resolver<Maybe<Array<ResolversTypes['Child']>>, ParentType, ContextType, RequireFields<OrganisationRegisteredChildrenArgs, 'first' | 'offset'>>;
};

export type PoliceCareReportResolvers<ContextType = PoliceContext, ParentType extends ResolversParentTypes['PoliceCareReport'] = ResolversParentTypes['PoliceCareReport']> = {
  concern?: Resolver<ResolversTypes['PoliceCareReportConcern'], ParentType, ContextType>;
  findings?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentTo?: Resolver<ResolversTypes['PoliceCareReportRecipient'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PoliceCaseOutcomeResolvers<ContextType = PoliceContext, ParentType extends ResolversParentTypes['PoliceCaseOutcome'] = ResolversParentTypes['PoliceCaseOutcome']> = {
  careReportSent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastRegisteredOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registrationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['PoliceChildRole']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PoliceDomesticViolenceFlagResolvers<ContextType = PoliceContext, ParentType extends ResolversParentTypes['PoliceDomesticViolenceFlag'] = ResolversParentTypes['PoliceDomesticViolenceFlag']> = {
  flaggedSince?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  incidentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastIncidentOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PoliceIncidentResolvers<ContextType = PoliceContext, ParentType extends ResolversParentTypes['PoliceIncident'] = ResolversParentTypes['PoliceIncident']> = {
  childRole?: Resolver<ResolversTypes['PoliceChildRole'], ParentType, ContextType>;
  incidentType?: Resolver<ResolversTypes['PoliceIncidentType'], ParentType, ContextType>;
  narrative?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PoliceRegistrationResolvers<ContextType = PoliceContext, ParentType extends ResolversParentTypes['PoliceRegistration'] = ResolversParentTypes['PoliceRegistration']> = {
  __resolveType: TypeResolveFn<'PoliceCareReport' | 'PoliceIncident', ParentType, ContextType>;
};

export type ProKidAddressSignalResolvers<ContextType = PoliceContext, ParentType extends ResolversParentTypes['ProKidAddressSignal'] = ResolversParentTypes['ProKidAddressSignal']> = {
  kind?: Resolver<ResolversTypes['ProKidAddressSignalKind'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProKidSignalResolvers<ContextType = PoliceContext, ParentType extends ResolversParentTypes['ProKidSignal'] = ResolversParentTypes['ProKidSignal']> = {
  addressSignals?: Resolver<Maybe<Array<ResolversTypes['ProKidAddressSignal']>>, ParentType, ContextType>;
  colour?: Resolver<ResolversTypes['ProKidColour'], ParentType, ContextType>;
  determinedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = PoliceContext> = {
  Child?: ChildResolvers<ContextType>;
  HaltReferral?: HaltReferralResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PoliceCareReport?: PoliceCareReportResolvers<ContextType>;
  PoliceCaseOutcome?: PoliceCaseOutcomeResolvers<ContextType>;
  PoliceDomesticViolenceFlag?: PoliceDomesticViolenceFlagResolvers<ContextType>;
  PoliceIncident?: PoliceIncidentResolvers<ContextType>;
  PoliceRegistration?: PoliceRegistrationResolvers<ContextType>;
  ProKidAddressSignal?: ProKidAddressSignalResolvers<ContextType>;
  ProKidSignal?: ProKidSignalResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = PoliceContext> = {
  privacy?: PrivacyDirectiveResolver<any, any, ContextType>;
};
