import type { GraphQLResolveInfo } from 'graphql';
import type { ChildRef, OrganisationRef, TrajectoryRecord } from '../records.ts';
import type { JeugdhulpContext } from '../jeugdhulpContext.ts';
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
 * A child or young person (0 to 20), known to the graph only by the hub pseudonym. The jeugdhulp
 * subgraph adds what a youth-care provider (jeugdhulpaanbieder) holds and the covenant may share:
 * that the child is in care, in which iJw product category, since when. Never treatment content.
 */
export type Child = {
  __typename?: 'Child';
  /** Jeugdhulptraject: the youth care the child is in now (started, not stopped), or null. */
  activeYouthCare?: Maybe<YouthCareTrajectory>;
  /** Hub pseudonym: a keyed hash of the BSN, never the BSN itself. */
  id: Scalars['ID']['output'];
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

/** A member organisation of the covenant. The jeugdhulp subgraph adds a provider's clients in care. */
export type Organisation = {
  __typename?: 'Organisation';
  id: Scalars['ID']['output'];
  /** The children in care at this provider (JW305 started, no JW307), in the provider's order. */
  youthCareClients?: Maybe<Array<Child>>;
};


/** A member organisation of the covenant. The jeugdhulp subgraph adds a provider's clients in care. */
export type OrganisationYouthCareClientsArgs = {
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

/** iJw productcategorieën (Jeugdwet) a trajectory can have. */
export type YouthCareCategory =
  /** 45 Jeugdhulp ambulant. */
  | 'AMBULATORY'
  /** 46 Jeugdhulp crisis. */
  | 'CRISIS'
  /** 50 Maatwerkarrangementen jeugd. */
  | 'CUSTOM_ARRANGEMENT'
  /** 41 Dagbehandeling. */
  | 'DAY_TREATMENT'
  /** A category the covenant does not distinguish. */
  | 'OTHER'
  /** 44 Jeugdhulp verblijf (exclusief behandeling). */
  | 'RESIDENTIAL_WITHOUT_TREATMENT'
  /** 43 Jeugdhulp verblijf (inclusief behandeling). */
  | 'RESIDENTIAL_WITH_TREATMENT';

/**
 * A trajectory in care: the product the municipality allocated (iJw JW301 toewijzing) and the start
 * the provider reported (JW305 start zorg). The product code, volume and comments stay at the provider.
 */
export type YouthCareTrajectory = {
  __typename?: 'YouthCareTrajectory';
  /** ToewijzingIngangsdatum: from when the product is allocated. */
  allocatedFrom: Scalars['String']['output'];
  /** ToewijzingEinddatum: until when it is allocated, when the allocation has an end. */
  allocatedUntil?: Maybe<Scalars['String']['output']>;
  /** The iJw productcategorie of the allocated product. */
  productCategory: YouthCareCategory;
  /** The provider (by the covenant's organisation id). */
  provider: Organisation;
  /** Begindatum: when the provider started the care (JW305). */
  startedOn: Scalars['String']['output'];
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
  Child: ResolverTypeWrapper<ChildRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DataCategory: DataCategory;
  Organisation: ResolverTypeWrapper<OrganisationRef>;
  Purpose: Purpose;
  ReleaseCondition: ReleaseCondition;
  Role: Role;
  YouthCareCategory: YouthCareCategory;
  YouthCareTrajectory: ResolverTypeWrapper<TrajectoryRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Child: ChildRef;
  ID: Scalars['ID']['output'];
  Organisation: OrganisationRef;
  YouthCareTrajectory: TrajectoryRecord;
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

export type PrivacyDirectiveResolver<Result, Parent, ContextType = JeugdhulpContext, Args = PrivacyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ChildResolvers<ContextType = JeugdhulpContext, ParentType extends ResolversParentTypes['Child'] = ResolversParentTypes['Child'], FederationReferenceType extends FederationReferenceTypes['Child'] = FederationReferenceTypes['Child']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Child']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeYouthCare?: Resolver<Maybe<ResolversTypes['YouthCareTrajectory']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = JeugdhulpContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  youthCareClients?: Resolver<Maybe<Array<ResolversTypes['Child']>>, ParentType, ContextType, RequireFields<OrganisationYouthCareClientsArgs, 'first' | 'offset'>>;
};

export type YouthCareTrajectoryResolvers<ContextType = JeugdhulpContext, ParentType extends ResolversParentTypes['YouthCareTrajectory'] = ResolversParentTypes['YouthCareTrajectory']> = {
  allocatedFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  allocatedUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  productCategory?: Resolver<ResolversTypes['YouthCareCategory'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = JeugdhulpContext> = {
  Child?: ChildResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  YouthCareTrajectory?: YouthCareTrajectoryResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = JeugdhulpContext> = {
  privacy?: PrivacyDirectiveResolver<any, any, ContextType>;
};
