import type { GraphQLResolveInfo } from 'graphql';
import type { ChildRef, OrganisationRef, EnrolmentRecord, AbsenceRecord, SupportRecord, DevelopmentPlanRecord, TestRecord, IncidentRecord } from '../records.ts';
import type { SchoolContext } from '../schoolContext.ts';
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

export type AbsenceKind =
  /** Geoorloofd verzuim (verlof). */
  | 'AUTHORISED'
  /** Te laat. */
  | 'LATE'
  /** Ziek gemeld. */
  | 'SICK'
  /** Ongeoorloofd verzuim (spijbelen). */
  | 'UNAUTHORISED';

/**
 * A child or young person (0 to 20), known to the graph only by the hub pseudonym. The school
 * subgraph adds what the student information system (leerlingadministratie) holds.
 */
export type Child = {
  __typename?: 'Child';
  /** Hub pseudonym: a keyed hash of the BSN, never the BSN itself. */
  id: Scalars['ID']['output'];
  /** Verzuim: recorded absence under the compulsory-education act, newest first. */
  schoolAbsences?: Maybe<Array<SchoolAbsence>>;
  /** Inschrijving: the school the child is enrolled at, and the group or class. */
  schoolEnrolment?: Maybe<SchoolEnrolment>;
  /** Incidents in the school's incident register. */
  schoolIncidents?: Maybe<Array<SchoolIncident>>;
  /** Ondersteuningsbehoefte and, where set, the ontwikkelingsperspectiefplan (OPP). */
  supportNeeds?: Maybe<SupportNeeds>;
  /** Toetsresultaten from the pupil monitoring system (leerlingvolgsysteem). */
  testResults?: Maybe<Array<TestResult>>;
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

/** Ontwikkelingsperspectiefplan (OPP). */
export type DevelopmentPlan = {
  __typename?: 'DevelopmentPlan';
  establishedOn: Scalars['String']['output'];
  /** Uitstroomprofiel: the expected destination after this school. */
  expectedDestination: Scalars['String']['output'];
  goals: Array<Scalars['String']['output']>;
};

/** A member organisation of the covenant. The school subgraph adds a school's pupils. */
export type Organisation = {
  __typename?: 'Organisation';
  id: Scalars['ID']['output'];
  /** The children enrolled at this school (leerlingen), in the school's order. */
  pupils?: Maybe<Array<Child>>;
};


/** A member organisation of the covenant. The school subgraph adds a school's pupils. */
export type OrganisationPupilsArgs = {
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

/** One registration of absence (verzuim). */
export type SchoolAbsence = {
  __typename?: 'SchoolAbsence';
  date: Scalars['String']['output'];
  hours: Scalars['Int']['output'];
  kind: AbsenceKind;
  /** Whether the school reported it to the compulsory-education officer (melding bij leerplicht). */
  reportedToCompulsoryEducation: Scalars['Boolean']['output'];
};

export type SchoolEnrolment = {
  __typename?: 'SchoolEnrolment';
  enrolledOn: Scalars['String']['output'];
  /** Groep (primary, 1 to 8) or leerjaar and level (secondary). */
  group: Scalars['String']['output'];
  /** The school (by the covenant's organisation id). */
  school: Organisation;
  /** Whether the school is a primary school (basisonderwijs) or secondary (voortgezet onderwijs). */
  schoolType: SchoolType;
};

export type SchoolIncident = {
  __typename?: 'SchoolIncident';
  category: SchoolIncidentCategory;
  date: Scalars['String']['output'];
  policeInvolved: Scalars['Boolean']['output'];
  severity: Severity;
};

export type SchoolIncidentCategory =
  | 'BULLYING'
  | 'OTHER'
  | 'SUBSTANCES'
  | 'THEFT'
  | 'VANDALISM'
  | 'VIOLENCE';

export type SchoolType =
  | 'PRIMARY'
  | 'SECONDARY';

export type Severity =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type SupportLevel =
  /** Basisondersteuning. */
  | 'BASIC'
  /** Ondersteuning met een ontwikkelingsperspectiefplan. */
  | 'DEVELOPMENT_PLAN'
  /** Extra ondersteuning. */
  | 'EXTRA';

export type SupportNeeds = {
  __typename?: 'SupportNeeds';
  /** The development plan, when the school has set one. */
  developmentPlan?: Maybe<DevelopmentPlan>;
  level: SupportLevel;
  /** Toelichting in the school's words. */
  summary: Scalars['String']['output'];
};

export type TestResult = {
  __typename?: 'TestResult';
  date: Scalars['String']['output'];
  level: Scalars['String']['output'];
  score: Scalars['Int']['output'];
  test: Scalars['String']['output'];
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
  AbsenceKind: AbsenceKind;
  Child: ResolverTypeWrapper<ChildRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DataCategory: DataCategory;
  DevelopmentPlan: ResolverTypeWrapper<DevelopmentPlanRecord>;
  Organisation: ResolverTypeWrapper<OrganisationRef>;
  Purpose: Purpose;
  ReleaseCondition: ReleaseCondition;
  Role: Role;
  SchoolAbsence: ResolverTypeWrapper<AbsenceRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  SchoolEnrolment: ResolverTypeWrapper<EnrolmentRecord>;
  SchoolIncident: ResolverTypeWrapper<IncidentRecord>;
  SchoolIncidentCategory: SchoolIncidentCategory;
  SchoolType: SchoolType;
  Severity: Severity;
  SupportLevel: SupportLevel;
  SupportNeeds: ResolverTypeWrapper<SupportRecord>;
  TestResult: ResolverTypeWrapper<TestRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Child: ChildRef;
  ID: Scalars['ID']['output'];
  DevelopmentPlan: DevelopmentPlanRecord;
  Organisation: OrganisationRef;
  SchoolAbsence: AbsenceRecord;
  Boolean: Scalars['Boolean']['output'];
  SchoolEnrolment: EnrolmentRecord;
  SchoolIncident: IncidentRecord;
  SupportNeeds: SupportRecord;
  TestResult: TestRecord;
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

export type PrivacyDirectiveResolver<Result, Parent, ContextType = SchoolContext, Args = PrivacyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ChildResolvers<ContextType = SchoolContext, ParentType extends ResolversParentTypes['Child'] = ResolversParentTypes['Child'], FederationReferenceType extends FederationReferenceTypes['Child'] = FederationReferenceTypes['Child']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Child']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  schoolAbsences?: Resolver<Maybe<Array<ResolversTypes['SchoolAbsence']>>, ParentType, ContextType>;
  schoolEnrolment?: Resolver<Maybe<ResolversTypes['SchoolEnrolment']>, ParentType, ContextType>;
  schoolIncidents?: Resolver<Maybe<Array<ResolversTypes['SchoolIncident']>>, ParentType, ContextType>;
  supportNeeds?: Resolver<Maybe<ResolversTypes['SupportNeeds']>, ParentType, ContextType>;
  testResults?: Resolver<Maybe<Array<ResolversTypes['TestResult']>>, ParentType, ContextType>;
};

export type DevelopmentPlanResolvers<ContextType = SchoolContext, ParentType extends ResolversParentTypes['DevelopmentPlan'] = ResolversParentTypes['DevelopmentPlan']> = {
  establishedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expectedDestination?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = SchoolContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pupils?: Resolver<Maybe<Array<ResolversTypes['Child']>>, ParentType, ContextType, RequireFields<OrganisationPupilsArgs, 'first' | 'offset'>>;
};

export type SchoolAbsenceResolvers<ContextType = SchoolContext, ParentType extends ResolversParentTypes['SchoolAbsence'] = ResolversParentTypes['SchoolAbsence']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AbsenceKind'], ParentType, ContextType>;
  reportedToCompulsoryEducation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SchoolEnrolmentResolvers<ContextType = SchoolContext, ParentType extends ResolversParentTypes['SchoolEnrolment'] = ResolversParentTypes['SchoolEnrolment']> = {
  enrolledOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  schoolType?: Resolver<ResolversTypes['SchoolType'], ParentType, ContextType>;
};

export type SchoolIncidentResolvers<ContextType = SchoolContext, ParentType extends ResolversParentTypes['SchoolIncident'] = ResolversParentTypes['SchoolIncident']> = {
  category?: Resolver<ResolversTypes['SchoolIncidentCategory'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policeInvolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
};

export type SupportNeedsResolvers<ContextType = SchoolContext, ParentType extends ResolversParentTypes['SupportNeeds'] = ResolversParentTypes['SupportNeeds']> = {
  developmentPlan?: Resolver<Maybe<ResolversTypes['DevelopmentPlan']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['SupportLevel'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TestResultResolvers<ContextType = SchoolContext, ParentType extends ResolversParentTypes['TestResult'] = ResolversParentTypes['TestResult']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  test?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = SchoolContext> = {
  Child?: ChildResolvers<ContextType>;
  DevelopmentPlan?: DevelopmentPlanResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  SchoolAbsence?: SchoolAbsenceResolvers<ContextType>;
  SchoolEnrolment?: SchoolEnrolmentResolvers<ContextType>;
  SchoolIncident?: SchoolIncidentResolvers<ContextType>;
  SupportNeeds?: SupportNeedsResolvers<ContextType>;
  TestResult?: TestResultResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = SchoolContext> = {
  privacy?: PrivacyDirectiveResolver<any, any, ContextType>;
};
