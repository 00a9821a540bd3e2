import type { GraphQLResolveInfo } from 'graphql';
import type { ChildRef, OrganisationRef, ContactRecord, GrowthRecord, VaccinationRecord, ScreeningRecord, ConcernRecord, CarePlanRecord, ActivityScoped, SchoolAdviceRecord, CareSummaryRecord } from '../records.ts';
import type { GgdContext } from '../ggdContext.ts';
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
 * A child or young person (0 to 20), known to the graph only by the hub pseudonym. The ggd subgraph
 * adds what the GGD's youth health care (jeugdgezondheidszorg, JGZ) records in its FHIR system. All
 * of it is health data under professional secrecy: JGZ content goes to nobody outside the JGZ unless
 * the law or consent allows it, and then only the narrow fields made for that (school advice, summary).
 */
export type Child = {
  __typename?: 'Child';
  /** Ontwikkelingsonderzoek: development screenings (Van Wiechen, SDQ), newest first. */
  developmentScreenings?: Maybe<Array<JgzDevelopmentScreening>>;
  /** Groei: length and weight measured at JGZ contacts, one entry per measuring date, newest first. */
  growthMeasurements?: Maybe<Array<JgzGrowthMeasurement>>;
  /** Hub pseudonym: a keyed hash of the BSN, never the BSN itself. */
  id: Scalars['ID']['output'];
  /** Advies aan school: the short advice the JGZ wrote for the school, nothing of the record behind it. */
  jgzAdviceForSchool?: Maybe<JgzSchoolAdvice>;
  /** JGZ-zorgplan: the current care plan, or the latest one when none is current. */
  jgzCarePlan?: Maybe<JgzCarePlan>;
  /** Samenvatting for the youth team's case director: which domains concern the JGZ and how its care plan stands. */
  jgzCareSummary?: Maybe<JgzCareSummary>;
  /** JGZ-zorgen: the concerns the JGZ registered (problem list), newest first. */
  jgzConcerns?: Maybe<Array<JgzConcern>>;
  /** JGZ-contactmomenten: consultations at the consultatiebureau, at school, at home or remote, newest first. */
  jgzContacts?: Maybe<Array<JgzContact>>;
  /** Vaccinaties of the Rijksvaccinatieprogramma (RVP), given or recorded as not given, newest first. */
  vaccinations?: Maybe<Array<JgzVaccination>>;
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

export type JgzActivityStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED'
  | 'ON_HOLD'
  | 'SCHEDULED'
  | 'STOPPED'
  | 'UNKNOWN';

/** The JGZ care plan (FHIR CarePlan, category zorgplan). */
export type JgzCarePlan = {
  __typename?: 'JgzCarePlan';
  activities: Array<JgzCarePlanActivity>;
  startedOn?: Maybe<Scalars['String']['output']>;
  status: JgzCarePlanStatus;
  title?: Maybe<Scalars['String']['output']>;
};

export type JgzCarePlanActivity = {
  __typename?: 'JgzCarePlanActivity';
  description: Scalars['String']['output'];
  status: JgzActivityStatus;
};

export type JgzCarePlanStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'DRAFT'
  | 'ON_HOLD'
  | 'REVOKED'
  | 'UNKNOWN';

/** What the youth team's case director needs to know of the JGZ, without the record itself. */
export type JgzCareSummary = {
  __typename?: 'JgzCareSummary';
  /** Domains of the JGZ's active concerns; empty when it has none. */
  activeConcernDomains: Array<JgzConcernDomain>;
  carePlanStartedOn?: Maybe<Scalars['String']['output']>;
  /** Status of the JGZ care plan; null when there is none. */
  carePlanStatus?: Maybe<JgzCarePlanStatus>;
  /** Care plan activities not yet completed, cancelled or stopped. */
  openActivities: Scalars['Int']['output'];
};

/** A concern the JGZ registered (FHIR Condition on the problem list). */
export type JgzConcern = {
  __typename?: 'JgzConcern';
  /** The concern in the JGZ's words. */
  description?: Maybe<Scalars['String']['output']>;
  domain: JgzConcernDomain;
  since?: Maybe<Scalars['String']['output']>;
  /** Clinical status; null when the JGZ system did not record one. */
  status?: Maybe<JgzConcernStatus>;
};

export type JgzConcernDomain =
  | 'DEVELOPMENT'
  | 'GROWTH'
  | 'LIFESTYLE'
  | 'OTHER'
  | 'PARENTING'
  | 'PSYCHOSOCIAL'
  /** Veiligheid: concerns about the child's safety at home. */
  | 'SAFETY';

export type JgzConcernStatus =
  | 'ACTIVE'
  /** Inactive or in remission: watched, not acted on. */
  | 'INACTIVE'
  | 'RESOLVED';

/** One JGZ contact (FHIR Encounter). */
export type JgzContact = {
  __typename?: 'JgzContact';
  /** The day of the contact (date part of the Encounter's period start). */
  date?: Maybe<Scalars['String']['output']>;
  /** What the contact was, in the JGZ's words (e.g. Contactmoment 14 maanden). */
  description?: Maybe<Scalars['String']['output']>;
  /** Who saw the child, by discipline only; null when the JGZ system does not say. */
  discipline?: Maybe<JgzDiscipline>;
  /** A contact moment of the national schedule (Landelijk Professioneel Kader), or an extra one on indication. */
  scheduled: Scalars['Boolean']['output'];
  setting: JgzContactSetting;
  status: JgzContactStatus;
};

export type JgzContactSetting =
  /** Consultatiebureau (0 to 4). */
  | 'CONSULTATION_BUREAU'
  /** Huisbezoek. */
  | 'HOME'
  | 'OTHER'
  /** Telefonisch, video or a digital questionnaire. */
  | 'REMOTE'
  /** Contactmoment op school (4 to 18). */
  | 'SCHOOL';

export type JgzContactStatus =
  /** Cancelled or not attended (niet verschenen). */
  | 'CANCELLED'
  /** The contact took place. */
  | 'HELD'
  | 'IN_PROGRESS'
  | 'PLANNED'
  | 'UNKNOWN';

/** One development screening (FHIR Observation, category survey). */
export type JgzDevelopmentScreening = {
  __typename?: 'JgzDevelopmentScreening';
  date?: Maybe<Scalars['String']['output']>;
  instrument: JgzScreeningInstrument;
  /** The JGZ's interpretation; null when not recorded. */
  outcome?: Maybe<JgzScreeningOutcome>;
  /** The instrument's total score, where it has one (SDQ total difficulties, 0 to 40). */
  score?: Maybe<Scalars['Int']['output']>;
};

export type JgzDiscipline =
  /** Doktersassistent. */
  | 'ASSISTANT'
  /** Jeugdarts. */
  | 'DOCTOR'
  /** Jeugdverpleegkundige. */
  | 'NURSE';

/** Length and weight measured on one day, in canonical units whatever unit the JGZ system recorded. */
export type JgzGrowthMeasurement = {
  __typename?: 'JgzGrowthMeasurement';
  /** Length (lying, under 2) or height (standing) in centimetres. */
  heightCm?: Maybe<Scalars['Float']['output']>;
  measuredOn: Scalars['String']['output'];
  weightKg?: Maybe<Scalars['Float']['output']>;
};

export type JgzNotGivenReason =
  /** Already immune. */
  | 'IMMUNE'
  /** Medische contra-indicatie. */
  | 'MEDICAL_PRECAUTION'
  /** Bezwaar van ouders of jeugdige. */
  | 'OBJECTION'
  | 'OTHER'
  /** Vaccine out of stock. */
  | 'OUT_OF_STOCK';

/** The JGZ's advice to the school (FHIR CarePlan, category advies-school): written to be shared. */
export type JgzSchoolAdvice = {
  __typename?: 'JgzSchoolAdvice';
  advice: Scalars['String']['output'];
  givenOn?: Maybe<Scalars['String']['output']>;
};

export type JgzScreeningInstrument =
  | 'OTHER'
  /** Strengths and Difficulties Questionnaire. */
  | 'SDQ'
  /** Van Wiechenonderzoek (development milestones, 0 to 4). */
  | 'VAN_WIECHEN';

export type JgzScreeningOutcome =
  | 'ABNORMAL'
  /** Grensgebied. */
  | 'BORDERLINE'
  | 'NORMAL';

/** One vaccination of the Rijksvaccinatieprogramma (FHIR Immunization). */
export type JgzVaccination = {
  __typename?: 'JgzVaccination';
  /** WHO ATC code of the vaccine, when recorded. */
  atcCode?: Maybe<Scalars['String']['output']>;
  date?: Maybe<Scalars['String']['output']>;
  doseNumber?: Maybe<Scalars['Int']['output']>;
  /** Why a vaccination was not given; null when it was. */
  notGivenReason?: Maybe<JgzNotGivenReason>;
  status: JgzVaccinationStatus;
  /** The vaccine as the JGZ names it (e.g. DKTP-Hib-HepB, BMR). */
  vaccine: Scalars['String']['output'];
};

export type JgzVaccinationStatus =
  | 'GIVEN'
  | 'NOT_GIVEN';

/** A member organisation of the covenant. The ggd subgraph adds the GGD's JGZ clients. */
export type Organisation = {
  __typename?: 'Organisation';
  id: Scalars['ID']['output'];
  /** The children this GGD's youth health care serves (JGZ-cliënten), in the JGZ system's order. */
  jgzClients?: Maybe<Array<Child>>;
};


/** A member organisation of the covenant. The ggd subgraph adds the GGD's JGZ clients. */
export type OrganisationJgzClientsArgs = {
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
  DataCategory: DataCategory;
  JgzActivityStatus: JgzActivityStatus;
  JgzCarePlan: ResolverTypeWrapper<CarePlanRecord>;
  JgzCarePlanActivity: ResolverTypeWrapper<ActivityScoped>;
  JgzCarePlanStatus: JgzCarePlanStatus;
  JgzCareSummary: ResolverTypeWrapper<CareSummaryRecord>;
  JgzConcern: ResolverTypeWrapper<ConcernRecord>;
  JgzConcernDomain: JgzConcernDomain;
  JgzConcernStatus: JgzConcernStatus;
  JgzContact: ResolverTypeWrapper<ContactRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  JgzContactSetting: JgzContactSetting;
  JgzContactStatus: JgzContactStatus;
  JgzDevelopmentScreening: ResolverTypeWrapper<ScreeningRecord>;
  JgzDiscipline: JgzDiscipline;
  JgzGrowthMeasurement: ResolverTypeWrapper<GrowthRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  JgzNotGivenReason: JgzNotGivenReason;
  JgzSchoolAdvice: ResolverTypeWrapper<SchoolAdviceRecord>;
  JgzScreeningInstrument: JgzScreeningInstrument;
  JgzScreeningOutcome: JgzScreeningOutcome;
  JgzVaccination: ResolverTypeWrapper<VaccinationRecord>;
  JgzVaccinationStatus: JgzVaccinationStatus;
  Organisation: ResolverTypeWrapper<OrganisationRef>;
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
  JgzCarePlan: CarePlanRecord;
  JgzCarePlanActivity: ActivityScoped;
  JgzCareSummary: CareSummaryRecord;
  JgzConcern: ConcernRecord;
  JgzContact: ContactRecord;
  Boolean: Scalars['Boolean']['output'];
  JgzDevelopmentScreening: ScreeningRecord;
  JgzGrowthMeasurement: GrowthRecord;
  Float: Scalars['Float']['output'];
  JgzSchoolAdvice: SchoolAdviceRecord;
  JgzVaccination: VaccinationRecord;
  Organisation: OrganisationRef;
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

export type PrivacyDirectiveResolver<Result, Parent, ContextType = GgdContext, Args = PrivacyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ChildResolvers<ContextType = GgdContext, ParentType extends ResolversParentTypes['Child'] = ResolversParentTypes['Child'], FederationReferenceType extends FederationReferenceTypes['Child'] = FederationReferenceTypes['Child']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Child']> | FederationReferenceType, FederationReferenceType, ContextType>;
  developmentScreenings?: Resolver<Maybe<Array<ResolversTypes['JgzDevelopmentScreening']>>, ParentType, ContextType>;
  growthMeasurements?: Resolver<Maybe<Array<ResolversTypes['JgzGrowthMeasurement']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jgzAdviceForSchool?: Resolver<Maybe<ResolversTypes['JgzSchoolAdvice']>, ParentType, ContextType>;
  jgzCarePlan?: Resolver<Maybe<ResolversTypes['JgzCarePlan']>, ParentType, ContextType>;
  jgzCareSummary?: Resolver<Maybe<ResolversTypes['JgzCareSummary']>, ParentType, ContextType>;
  jgzConcerns?: Resolver<Maybe<Array<ResolversTypes['JgzConcern']>>, ParentType, ContextType>;
  jgzContacts?: Resolver<Maybe<Array<ResolversTypes['JgzContact']>>, ParentType, ContextType>;
  vaccinations?: Resolver<Maybe<Array<ResolversTypes['JgzVaccination']>>, ParentType, ContextType>;
};

export type JgzCarePlanResolvers<ContextType = GgdContext, ParentType extends ResolversParentTypes['JgzCarePlan'] = ResolversParentTypes['JgzCarePlan']> = {
  activities?: Resolver<Array<ResolversTypes['JgzCarePlanActivity']>, ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JgzCarePlanStatus'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type JgzCarePlanActivityResolvers<ContextType = GgdContext, ParentType extends ResolversParentTypes['JgzCarePlanActivity'] = ResolversParentTypes['JgzCarePlanActivity']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JgzActivityStatus'], ParentType, ContextType>;
};

export type JgzCareSummaryResolvers<ContextType = GgdContext, ParentType extends ResolversParentTypes['JgzCareSummary'] = ResolversParentTypes['JgzCareSummary']> = {
  activeConcernDomains?: Resolver<Array<ResolversTypes['JgzConcernDomain']>, ParentType, ContextType>;
  carePlanStartedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  carePlanStatus?: Resolver<Maybe<ResolversTypes['JgzCarePlanStatus']>, ParentType, ContextType>;
  openActivities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JgzConcernResolvers<ContextType = GgdContext, ParentType extends ResolversParentTypes['JgzConcern'] = ResolversParentTypes['JgzConcern']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['JgzConcernDomain'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['JgzConcernStatus']>, ParentType, ContextType>;
};

export type JgzContactResolvers<ContextType = GgdContext, ParentType extends ResolversParentTypes['JgzContact'] = ResolversParentTypes['JgzContact']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  discipline?: Resolver<Maybe<ResolversTypes['JgzDiscipline']>, ParentType, ContextType>;
  scheduled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  setting?: Resolver<ResolversTypes['JgzContactSetting'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JgzContactStatus'], ParentType, ContextType>;
};

export type JgzDevelopmentScreeningResolvers<ContextType = GgdContext, ParentType extends ResolversParentTypes['JgzDevelopmentScreening'] = ResolversParentTypes['JgzDevelopmentScreening']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['JgzScreeningInstrument'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['JgzScreeningOutcome']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type JgzGrowthMeasurementResolvers<ContextType = GgdContext, ParentType extends ResolversParentTypes['JgzGrowthMeasurement'] = ResolversParentTypes['JgzGrowthMeasurement']> = {
  heightCm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  measuredOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weightKg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type JgzSchoolAdviceResolvers<ContextType = GgdContext, ParentType extends ResolversParentTypes['JgzSchoolAdvice'] = ResolversParentTypes['JgzSchoolAdvice']> = {
  advice?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type JgzVaccinationResolvers<ContextType = GgdContext, ParentType extends ResolversParentTypes['JgzVaccination'] = ResolversParentTypes['JgzVaccination']> = {
  atcCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  doseNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  notGivenReason?: Resolver<Maybe<ResolversTypes['JgzNotGivenReason']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JgzVaccinationStatus'], ParentType, ContextType>;
  vaccine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = GgdContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jgzClients?: Resolver<Maybe<Array<ResolversTypes['Child']>>, ParentType, ContextType, RequireFields<OrganisationJgzClientsArgs, 'first' | 'offset'>>;
};

export type Resolvers<ContextType = GgdContext> = {
  Child?: ChildResolvers<ContextType>;
  JgzCarePlan?: JgzCarePlanResolvers<ContextType>;
  JgzCarePlanActivity?: JgzCarePlanActivityResolvers<ContextType>;
  JgzCareSummary?: JgzCareSummaryResolvers<ContextType>;
  JgzConcern?: JgzConcernResolvers<ContextType>;
  JgzContact?: JgzContactResolvers<ContextType>;
  JgzDevelopmentScreening?: JgzDevelopmentScreeningResolvers<ContextType>;
  JgzGrowthMeasurement?: JgzGrowthMeasurementResolvers<ContextType>;
  JgzSchoolAdvice?: JgzSchoolAdviceResolvers<ContextType>;
  JgzVaccination?: JgzVaccinationResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GgdContext> = {
  privacy?: PrivacyDirectiveResolver<any, any, ContextType>;
};
