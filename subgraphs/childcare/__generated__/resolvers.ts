import type { GraphQLResolveInfo } from 'graphql';
import type { ChildRef, OrganisationRef, PlacementRecord, VveIndicationRecord, ObservationRecord, HandoverRecord, CareSignalRecord } from '../records.ts';
import type { ChildcareContext } from '../childcareContext.ts';
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
 * A child or young person (0 to 20), known to the graph only by the hub pseudonym. The childcare
 * subgraph adds what the childcare planning and child-tracking system holds (kinderopvang, VVE).
 * Consent rules for case discussion need an open case at AVE phase 2 or higher: in phase 1 no
 * personal data is exchanged.
 */
export type Child = {
  __typename?: 'Child';
  /** Zorgsignalen: concerns the location registered under its reporting code (meldcode), newest first. */
  childcareCareSignals?: Maybe<Array<ChildcareCareSignal>>;
  /**
   * Overdrachtsformulier: the handover form to primary school at about age 4. Outside the location
   * it goes only to a school's care coordinator for a warm handover, and only with the parents'
   * consent for that school (consent is recorded per organisation and purpose). The rule does not
   * compare the form's receivingSchool with the caller; that is acceptable because WARM_HANDOVER
   * consent can only be recorded by the childcare organisation that prepared the child's warm
   * handover, for that handover's receiving school (casus: recordConsent), not by a school itself.
   */
  childcareHandoverForm?: Maybe<ChildcareHandoverForm>;
  /** Ontwikkelingsobservaties from the child-tracking system (KIJK!-style domains), newest first. */
  childcareObservations?: Maybe<Array<ChildcareObservation>>;
  /** Plaatsing: the childcare location, group and days; ended when the child left (e.g. for school). */
  childcarePlacement?: Maybe<ChildcarePlacement>;
  /** Hub pseudonym: a keyed hash of the BSN, never the BSN itself. */
  id: Scalars['ID']['output'];
  /** VVE-indicatie: the early-childhood education indication, given by JGZ on developmental grounds. */
  vveIndication?: Maybe<VveIndication>;
};

export type ChildcareAssessment =
  /** Voorsprong. */
  | 'AHEAD'
  /** Achterstand. */
  | 'BEHIND'
  /** Conform de leeftijd. */
  | 'ON_TRACK';

/** A care signal the location registered. */
export type ChildcareCareSignal = {
  __typename?: 'ChildcareCareSignal';
  concern: ChildcareConcern;
  discussedWithParents: Scalars['Boolean']['output'];
  followUp: ChildcareFollowUp;
  signalledOn: Scalars['String']['output'];
};

export type ChildcareConcern =
  | 'BEHAVIOUR'
  | 'DEVELOPMENT'
  | 'HEALTH'
  | 'HOME_SITUATION'
  | 'NEGLECT';

export type ChildcareDevelopmentDomain =
  | 'EARLY_NUMERACY'
  | 'FINE_MOTOR'
  | 'GROSS_MOTOR'
  | 'LANGUAGE'
  | 'SELF_RELIANCE'
  | 'SOCIAL_EMOTIONAL';

export type ChildcareFollowUp =
  /** Overleg met het wijkteam. */
  | 'CONSULTED_YOUTH_TEAM'
  /** Blijven observeren. */
  | 'OBSERVE'
  /** Doorverwezen naar JGZ. */
  | 'REFERRED_TO_JGZ'
  /** Melding bij Veilig Thuis. */
  | 'REPORTED_TO_VEILIG_THUIS';

/** Overdrachtsformulier kinderopvang naar basisschool. */
export type ChildcareHandoverForm = {
  __typename?: 'ChildcareHandoverForm';
  attendedVve: Scalars['Boolean']['output'];
  attentionPoints: Array<Scalars['String']['output']>;
  drawnUpOn: Scalars['String']['output'];
  /** Whether the parents signed the form's consent section at the location. */
  parentsConsented: Scalars['Boolean']['output'];
  /** The primary school the child moves to, when known. */
  receivingSchool?: Maybe<Organisation>;
  summary: Scalars['String']['output'];
  /** Whether a warm handover meeting (warme overdracht) with the school is planned or held. */
  warmHandoverMeeting: Scalars['Boolean']['output'];
};

/** One observation of one developmental domain in one observation round. */
export type ChildcareObservation = {
  __typename?: 'ChildcareObservation';
  assessment: ChildcareAssessment;
  domain: ChildcareDevelopmentDomain;
  /** The observation instrument, e.g. KIJK!. */
  instrument: Scalars['String']['output'];
  /** Stage on the instrument's developmental line, 1 to 6. */
  level: Scalars['Int']['output'];
  observedOn: Scalars['String']['output'];
};

export type ChildcarePlacement = {
  __typename?: 'ChildcarePlacement';
  careType: ChildcareType;
  daysPerWeek: Scalars['Int']['output'];
  /** Set when the placement ended, e.g. when the child went to primary school. */
  endedOn?: Maybe<Scalars['String']['output']>;
  /** The group (stamgroep) in the location's own words. */
  group: Scalars['String']['output'];
  /** The childcare location (by the covenant's organisation id). */
  location: Organisation;
  startedOn: Scalars['String']['output'];
};

export type ChildcareType =
  /** Dagopvang in a kinderdagverblijf (0 to 4). */
  | 'DAYCARE'
  /** Peuteropvang (2 to 4), where most VVE is given. */
  | 'PRESCHOOL';

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

/** A member organisation of the covenant. The childcare subgraph adds a location's placed children. */
export type Organisation = {
  __typename?: 'Organisation';
  id: Scalars['ID']['output'];
  /** The children placed at this childcare location (current and recently left), in the system's order. */
  placedChildren?: Maybe<Array<Child>>;
};


/** A member organisation of the covenant. The childcare subgraph adds a location's placed children. */
export type OrganisationPlacedChildrenArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
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

/** VVE-indicatie: the child qualifies for early-childhood education (voorschoolse educatie). */
export type VveIndication = {
  __typename?: 'VveIndication';
  hoursPerWeek: Scalars['Int']['output'];
  /** Who indicated: JGZ on developmental grounds. */
  indicatedBy: VveIndicator;
  indicatedOn: Scalars['String']['output'];
  /** The VVE programme the location offers (Piramide, Uk & Puk, ...). */
  programme: Scalars['String']['output'];
  reason: VveReason;
  validUntil: Scalars['String']['output'];
};

export type VveIndicator =
  /** Jeugdgezondheidszorg (GGD). */
  | 'JGZ';

export type VveReason =
  /** Omgevingsfactoren (e.g. the parents' education level). */
  | 'HOME_ENVIRONMENT'
  /** Taalachterstand (risk of a language delay). */
  | 'LANGUAGE'
  | 'MOTOR'
  | 'SOCIAL_EMOTIONAL';



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



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Child: ResolverTypeWrapper<ChildRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ChildcareAssessment: ChildcareAssessment;
  ChildcareCareSignal: ResolverTypeWrapper<CareSignalRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChildcareConcern: ChildcareConcern;
  ChildcareDevelopmentDomain: ChildcareDevelopmentDomain;
  ChildcareFollowUp: ChildcareFollowUp;
  ChildcareHandoverForm: ResolverTypeWrapper<HandoverRecord>;
  ChildcareObservation: ResolverTypeWrapper<ObservationRecord>;
  ChildcarePlacement: ResolverTypeWrapper<PlacementRecord>;
  ChildcareType: ChildcareType;
  DataCategory: DataCategory;
  Organisation: ResolverTypeWrapper<OrganisationRef>;
  Purpose: Purpose;
  ReleaseCondition: ReleaseCondition;
  Role: Role;
  VveIndication: ResolverTypeWrapper<VveIndicationRecord>;
  VveIndicator: VveIndicator;
  VveReason: VveReason;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Child: ChildRef;
  ID: Scalars['ID']['output'];
  ChildcareCareSignal: CareSignalRecord;
  Boolean: Scalars['Boolean']['output'];
  ChildcareHandoverForm: HandoverRecord;
  ChildcareObservation: ObservationRecord;
  ChildcarePlacement: PlacementRecord;
  Organisation: OrganisationRef;
  VveIndication: VveIndicationRecord;
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

export type PrivacyDirectiveResolver<Result, Parent, ContextType = ChildcareContext, Args = PrivacyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ChildResolvers<ContextType = ChildcareContext, ParentType extends ResolversParentTypes['Child'] = ResolversParentTypes['Child'], FederationReferenceType extends FederationReferenceTypes['Child'] = FederationReferenceTypes['Child']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Child']> | FederationReferenceType, FederationReferenceType, ContextType>;
  childcareCareSignals?: Resolver<Maybe<Array<ResolversTypes['ChildcareCareSignal']>>, ParentType, ContextType>;
  childcareHandoverForm?: Resolver<Maybe<ResolversTypes['ChildcareHandoverForm']>, ParentType, ContextType>;
  childcareObservations?: Resolver<Maybe<Array<ResolversTypes['ChildcareObservation']>>, ParentType, ContextType>;
  childcarePlacement?: Resolver<Maybe<ResolversTypes['ChildcarePlacement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  vveIndication?: Resolver<Maybe<ResolversTypes['VveIndication']>, ParentType, ContextType>;
};

export type ChildcareCareSignalResolvers<ContextType = ChildcareContext, ParentType extends ResolversParentTypes['ChildcareCareSignal'] = ResolversParentTypes['ChildcareCareSignal']> = {
  concern?: Resolver<ResolversTypes['ChildcareConcern'], ParentType, ContextType>;
  discussedWithParents?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  followUp?: Resolver<ResolversTypes['ChildcareFollowUp'], ParentType, ContextType>;
  signalledOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChildcareHandoverFormResolvers<ContextType = ChildcareContext, ParentType extends ResolversParentTypes['ChildcareHandoverForm'] = ResolversParentTypes['ChildcareHandoverForm']> = {
  attendedVve?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  attentionPoints?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  drawnUpOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentsConsented?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  receivingSchool?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warmHandoverMeeting?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ChildcareObservationResolvers<ContextType = ChildcareContext, ParentType extends ResolversParentTypes['ChildcareObservation'] = ResolversParentTypes['ChildcareObservation']> = {
  assessment?: Resolver<ResolversTypes['ChildcareAssessment'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['ChildcareDevelopmentDomain'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  observedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChildcarePlacementResolvers<ContextType = ChildcareContext, ParentType extends ResolversParentTypes['ChildcarePlacement'] = ResolversParentTypes['ChildcarePlacement']> = {
  careType?: Resolver<ResolversTypes['ChildcareType'], ParentType, ContextType>;
  daysPerWeek?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = ChildcareContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  placedChildren?: Resolver<Maybe<Array<ResolversTypes['Child']>>, ParentType, ContextType, RequireFields<OrganisationPlacedChildrenArgs, 'first' | 'offset'>>;
};

export type VveIndicationResolvers<ContextType = ChildcareContext, ParentType extends ResolversParentTypes['VveIndication'] = ResolversParentTypes['VveIndication']> = {
  hoursPerWeek?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicatedBy?: Resolver<ResolversTypes['VveIndicator'], ParentType, ContextType>;
  indicatedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['VveReason'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ChildcareContext> = {
  Child?: ChildResolvers<ContextType>;
  ChildcareCareSignal?: ChildcareCareSignalResolvers<ContextType>;
  ChildcareHandoverForm?: ChildcareHandoverFormResolvers<ContextType>;
  ChildcareObservation?: ChildcareObservationResolvers<ContextType>;
  ChildcarePlacement?: ChildcarePlacementResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  VveIndication?: VveIndicationResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ChildcareContext> = {
  privacy?: PrivacyDirectiveResolver<any, any, ContextType>;
};
