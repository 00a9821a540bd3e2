import type { GraphQLResolveInfo } from 'graphql';
import type { ChildRef, OrganisationRef, ReportRecord, AdviceRecord, ReporterRecord, SafetyAssessmentRecord, FollowUpRecord, StatusRecord } from '../records.ts';
import type { VeiligThuisContext } from '../veiligThuisContext.ts';
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
 * A child or young person (0 to 20), known to the graph only by the hub pseudonym. The veiligthuis
 * subgraph adds what the Veilig Thuis case registration system holds (Wmo 2015 chapter 4). Full
 * content goes to Veilig Thuis itself only; others get status feedback or, at a case table in AVE
 * phase 3, the safety assessment and follow-up track.
 */
export type Child = {
  __typename?: 'Child';
  /** Hub pseudonym: a keyed hash of the BSN, never the BSN itself. */
  id: Scalars['ID']['output'];
  /** Meldingen and adviesvragen about this child, newest first. */
  veiligThuisContacts?: Maybe<Array<VeiligThuisContact>>;
  /** Vervolg: the follow-up track Veilig Thuis chose after a report. */
  veiligThuisFollowUp?: Maybe<VeiligThuisFollowUp>;
  /** Veiligheidsbeoordeling: the latest safety assessment. */
  veiligThuisSafetyAssessment?: Maybe<VeiligThuisSafetyAssessment>;
  /** Terugkoppeling: the status of Veilig Thuis' involvement only, never content. */
  veiligThuisStatus?: Maybe<VeiligThuisStatus>;
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

/** A member organisation of the covenant. The veiligthuis subgraph adds a region's dossiers. */
export type Organisation = {
  __typename?: 'Organisation';
  id: Scalars['ID']['output'];
  /** The children with a dossier at this Veilig Thuis region, in the registration system's order. */
  veiligThuisDossierChildren?: Maybe<Array<Child>>;
};


/** A member organisation of the covenant. The veiligthuis subgraph adds a region's dossiers. */
export type OrganisationVeiligThuisDossierChildrenArgs = {
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

/** Adviesvraag: someone asked Veilig Thuis for advice about a concern, without a report. */
export type VeiligThuisAdviceRequest = {
  __typename?: 'VeiligThuisAdviceRequest';
  /** The advice given, in the worker's words. */
  advice: Scalars['String']['output'];
  date: Scalars['String']['output'];
  requesterKind: VeiligThuisReporterKind;
  suspicion: VeiligThuisSuspicion;
};

/** A contact of Veilig Thuis about a child: a report (melding) or an advice request (adviesvraag). */
export type VeiligThuisContact = VeiligThuisAdviceRequest | VeiligThuisReport;

/** Vervolgtraject. */
export type VeiligThuisFollowUp = {
  __typename?: 'VeiligThuisFollowUp';
  /** Where the dossier was handed over to (overdracht), by the covenant's organisation id. */
  handedOverTo?: Maybe<Organisation>;
  startedOn: Scalars['String']['output'];
  track: VeiligThuisTrack;
};

/** Melding: someone reported a suspicion of domestic violence or child abuse. */
export type VeiligThuisReport = {
  __typename?: 'VeiligThuisReport';
  date: Scalars['String']['output'];
  /**
   * Who reported. Stricter than the report itself: the reporter's identity is shielded, also from
   * the data subject's access request, so reporting stays safe.
   */
  reporter?: Maybe<VeiligThuisReporter>;
  status: VeiligThuisReportStatus;
  suspicion: VeiligThuisSuspicion;
};

export type VeiligThuisReportStatus =
  | 'CLOSED'
  | 'RECEIVED'
  | 'UNDER_INVESTIGATION';

/** The reporter (melder) of a report. */
export type VeiligThuisReporter = {
  __typename?: 'VeiligThuisReporter';
  kind: VeiligThuisReporterKind;
  /** The reporter's name, null for an anonymous report. */
  name?: Maybe<Scalars['String']['output']>;
  /** The reporting professional's organisation, when it is a member of the covenant. */
  organisation?: Maybe<Organisation>;
  /** The reporting professional's organisation by name, also outside the covenant. */
  organisationName?: Maybe<Scalars['String']['output']>;
  /** The reporter's position (functie), null for an anonymous report. */
  position?: Maybe<Scalars['String']['output']>;
};

export type VeiligThuisReporterKind =
  | 'ANONYMOUS'
  /** A private person (particulier): family, neighbour, acquaintance. */
  | 'PRIVATE_PERSON'
  | 'PROFESSIONAL';

export type VeiligThuisSafety =
  | 'ACUTELY_UNSAFE'
  | 'SAFE'
  | 'UNSAFE';

/** Veiligheidsbeoordeling. */
export type VeiligThuisSafetyAssessment = {
  __typename?: 'VeiligThuisSafetyAssessment';
  date: Scalars['String']['output'];
  outcome: VeiligThuisSafety;
};

export type VeiligThuisStage =
  | 'ADVICE_GIVEN'
  | 'CLOSED'
  | 'HANDED_OVER'
  | 'IN_PROGRESS'
  | 'REPORT_RECEIVED';

/** Status feedback (terugkoppeling): how far Veilig Thuis is, without any content. */
export type VeiligThuisStatus = {
  __typename?: 'VeiligThuisStatus';
  since: Scalars['String']['output'];
  stage: VeiligThuisStage;
};

/** Aard van het vermoeden. */
export type VeiligThuisSuspicion =
  | 'NEGLECT'
  | 'PHYSICAL_ABUSE'
  | 'PSYCHOLOGICAL_ABUSE'
  | 'SEXUAL_ABUSE'
  /** The child witnessed domestic violence (getuige huiselijk geweld). */
  | 'WITNESS_OF_DOMESTIC_VIOLENCE';

export type VeiligThuisTrack =
  /** Voorwaarden en vervolg: Veilig Thuis sets conditions and monitors them. */
  | 'CONDITIONS_AND_MONITORING'
  /** Overdracht aan het lokale team (municipal youth team). */
  | 'HANDOVER_TO_LOCAL_TEAM'
  /** Onderzoek by Veilig Thuis. */
  | 'INVESTIGATION'
  | 'NO_FURTHER_ACTION';



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

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  VeiligThuisContact:
    | ( AdviceRecord )
    | ( ReportRecord )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Child: ResolverTypeWrapper<ChildRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DataCategory: DataCategory;
  Organisation: ResolverTypeWrapper<OrganisationRef>;
  Purpose: Purpose;
  ReleaseCondition: ReleaseCondition;
  Role: Role;
  VeiligThuisAdviceRequest: ResolverTypeWrapper<AdviceRecord>;
  VeiligThuisContact: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['VeiligThuisContact']>;
  VeiligThuisFollowUp: ResolverTypeWrapper<FollowUpRecord>;
  VeiligThuisReport: ResolverTypeWrapper<ReportRecord>;
  VeiligThuisReportStatus: VeiligThuisReportStatus;
  VeiligThuisReporter: ResolverTypeWrapper<ReporterRecord>;
  VeiligThuisReporterKind: VeiligThuisReporterKind;
  VeiligThuisSafety: VeiligThuisSafety;
  VeiligThuisSafetyAssessment: ResolverTypeWrapper<SafetyAssessmentRecord>;
  VeiligThuisStage: VeiligThuisStage;
  VeiligThuisStatus: ResolverTypeWrapper<StatusRecord>;
  VeiligThuisSuspicion: VeiligThuisSuspicion;
  VeiligThuisTrack: VeiligThuisTrack;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Child: ChildRef;
  ID: Scalars['ID']['output'];
  Organisation: OrganisationRef;
  VeiligThuisAdviceRequest: AdviceRecord;
  VeiligThuisContact: ResolversUnionTypes<ResolversParentTypes>['VeiligThuisContact'];
  VeiligThuisFollowUp: FollowUpRecord;
  VeiligThuisReport: ReportRecord;
  VeiligThuisReporter: ReporterRecord;
  VeiligThuisSafetyAssessment: SafetyAssessmentRecord;
  VeiligThuisStatus: StatusRecord;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type PrivacyDirectiveArgs = {
  basis: Scalars['String']['input'];
  category: DataCategory;
  minPhase?: Maybe<Scalars['Int']['input']>;
  purposes?: Maybe<Array<Purpose>>;
  roles?: Maybe<Array<Role>>;
  when?: Maybe<Array<ReleaseCondition>>;
};

export type PrivacyDirectiveResolver<Result, Parent, ContextType = VeiligThuisContext, Args = PrivacyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ChildResolvers<ContextType = VeiligThuisContext, ParentType extends ResolversParentTypes['Child'] = ResolversParentTypes['Child'], FederationReferenceType extends FederationReferenceTypes['Child'] = FederationReferenceTypes['Child']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Child']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  veiligThuisContacts?: Resolver<Maybe<Array<ResolversTypes['VeiligThuisContact']>>, ParentType, ContextType>;
  veiligThuisFollowUp?: Resolver<Maybe<ResolversTypes['VeiligThuisFollowUp']>, ParentType, ContextType>;
  veiligThuisSafetyAssessment?: Resolver<Maybe<ResolversTypes['VeiligThuisSafetyAssessment']>, ParentType, ContextType>;
  veiligThuisStatus?: Resolver<Maybe<ResolversTypes['VeiligThuisStatus']>, ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = VeiligThuisContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  veiligThuisDossierChildren?: Resolver<Maybe<Array<ResolversTypes['Child']>>, ParentType, ContextType, RequireFields<OrganisationVeiligThuisDossierChildrenArgs, 'first' | 'offset'>>;
};

export type VeiligThuisAdviceRequestResolvers<ContextType = VeiligThuisContext, ParentType extends ResolversParentTypes['VeiligThuisAdviceRequest'] = ResolversParentTypes['VeiligThuisAdviceRequest']> = {
  advice?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requesterKind?: Resolver<ResolversTypes['VeiligThuisReporterKind'], ParentType, ContextType>;
  suspicion?: Resolver<ResolversTypes['VeiligThuisSuspicion'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VeiligThuisContactResolvers<ContextType = VeiligThuisContext, ParentType extends ResolversParentTypes['VeiligThuisContact'] = ResolversParentTypes['VeiligThuisContact']> = {
  __resolveType: TypeResolveFn<'VeiligThuisAdviceRequest' | 'VeiligThuisReport', ParentType, ContextType>;
};

export type VeiligThuisFollowUpResolvers<ContextType = VeiligThuisContext, ParentType extends ResolversParentTypes['VeiligThuisFollowUp'] = ResolversParentTypes['VeiligThuisFollowUp']> = {
  handedOverTo?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  track?: Resolver<ResolversTypes['VeiligThuisTrack'], ParentType, ContextType>;
};

export type VeiligThuisReportResolvers<ContextType = VeiligThuisContext, ParentType extends ResolversParentTypes['VeiligThuisReport'] = ResolversParentTypes['VeiligThuisReport']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reporter?: Resolver<Maybe<ResolversTypes['VeiligThuisReporter']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VeiligThuisReportStatus'], ParentType, ContextType>;
  suspicion?: Resolver<ResolversTypes['VeiligThuisSuspicion'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VeiligThuisReporterResolvers<ContextType = VeiligThuisContext, ParentType extends ResolversParentTypes['VeiligThuisReporter'] = ResolversParentTypes['VeiligThuisReporter']> = {
  kind?: Resolver<ResolversTypes['VeiligThuisReporterKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  organisationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type VeiligThuisSafetyAssessmentResolvers<ContextType = VeiligThuisContext, ParentType extends ResolversParentTypes['VeiligThuisSafetyAssessment'] = ResolversParentTypes['VeiligThuisSafetyAssessment']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['VeiligThuisSafety'], ParentType, ContextType>;
};

export type VeiligThuisStatusResolvers<ContextType = VeiligThuisContext, ParentType extends ResolversParentTypes['VeiligThuisStatus'] = ResolversParentTypes['VeiligThuisStatus']> = {
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['VeiligThuisStage'], ParentType, ContextType>;
};

export type Resolvers<ContextType = VeiligThuisContext> = {
  Child?: ChildResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  VeiligThuisAdviceRequest?: VeiligThuisAdviceRequestResolvers<ContextType>;
  VeiligThuisContact?: VeiligThuisContactResolvers<ContextType>;
  VeiligThuisFollowUp?: VeiligThuisFollowUpResolvers<ContextType>;
  VeiligThuisReport?: VeiligThuisReportResolvers<ContextType>;
  VeiligThuisReporter?: VeiligThuisReporterResolvers<ContextType>;
  VeiligThuisSafetyAssessment?: VeiligThuisSafetyAssessmentResolvers<ContextType>;
  VeiligThuisStatus?: VeiligThuisStatusResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = VeiligThuisContext> = {
  privacy?: PrivacyDirectiveResolver<any, any, ContextType>;
};
