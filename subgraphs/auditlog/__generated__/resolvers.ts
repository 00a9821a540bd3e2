import type { GraphQLResolveInfo } from 'graphql';
import type { OrganisationLogRecord, EntryRecord, ExportRecord, ActivityRecord, OrganisationRef } from '../records.ts';
import type { AuditlogContext } from '../auditlogContext.ts';
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

/** A member organisation of the covenant (resolved by the subgraphs that hold its fields). */
export type Organisation = {
  __typename?: 'Organisation';
  id: Scalars['ID']['output'];
};

/** One organisation's part of the log; released to its own privacy officer (OWN_ORGANISATION). */
export type OrganisationProcessingLog = {
  __typename?: 'OrganisationProcessingLog';
  /** Records of requests by this organisation's professionals, newest first. */
  entries?: Maybe<Array<ProcessingLogEntry>>;
  /** The same records as a file (for an internal audit or the supervisor). */
  export?: Maybe<ProcessingLogExport>;
  organisationId: Scalars['ID']['output'];
};


/** One organisation's part of the log; released to its own privacy officer (OWN_ORGANISATION). */
export type OrganisationProcessingLogEntriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** One organisation's part of the log; released to its own privacy officer (OWN_ORGANISATION). */
export type OrganisationProcessingLogExportArgs = {
  format?: ProcessingLogFormat;
};

/** A processing activity (verwerkingsactiviteit) of the register: not personal data. */
export type ProcessingActivity = {
  __typename?: 'ProcessingActivity';
  controllerNote: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  legalBasis: Scalars['String']['output'];
  name: Scalars['String']['output'];
  purpose: Purpose;
  retentionDays: Scalars['Int']['output'];
};

/** One release to one professional about one child (NEN 7513 event; Logboek Dataverwerkingen record). */
export type ProcessingLogEntry = {
  __typename?: 'ProcessingLogEntry';
  /** The processing activity in the register, with its legal basis and retention. */
  activity?: Maybe<ProcessingActivity>;
  /** The child's hub pseudonym; null for a release about no single child. */
  childId?: Maybe<Scalars['ID']['output']>;
  /** Schema coordinates (Type.field) of the personal data released. Never the content. */
  fieldsReleased: Array<Scalars['String']['output']>;
  /** Schema coordinates asked for but withheld from this professional. */
  fieldsWithheld: Array<Scalars['String']['output']>;
  /** The organisation the professional acted for. */
  organisation: Organisation;
  outcome: ProcessingOutcome;
  /** The professional (token subject) who made the request. */
  professional: Scalars['String']['output'];
  purpose: Purpose;
  recordId: Scalars['ID']['output'];
  /** When the response was released (ISO 8601, UTC). */
  recordedAt: Scalars['String']['output'];
  role: Role;
  /** Position in the hash chain. */
  sequence: Scalars['Int']['output'];
  /** W3C trace id of the request, shared with every subgraph it reached. */
  traceId: Scalars['String']['output'];
};

/** A file with log records: its name, media type and content. */
export type ProcessingLogExport = {
  __typename?: 'ProcessingLogExport';
  content: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  mediaType: Scalars['String']['output'];
  recordCount: Scalars['Int']['output'];
};

export type ProcessingLogFormat =
  /** Comma-separated values, one row per record, for a spreadsheet. */
  | 'CSV'
  /** JSON with the register entries the records refer to. */
  | 'JSON';

export type ProcessingOutcome =
  /** Some were released, some withheld. */
  | 'PARTIALLY_WITHHELD'
  /** Every protected field asked for was released. */
  | 'RELEASED'
  /** All were withheld (logged because the same request released data about another child). */
  | 'WITHHELD';

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
 * The processing log (verwerkingenlog), read back. Its partner is the hub's own log store: every
 * release of personal data through the gateway is one record per child, naming fields, never
 * their content, so the privacy officer sees who accessed what, when and why, and never the data.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Inzage: who accessed this child's data, which fields, when, for which purpose and activity, with
   * which outcome. Newest first. For the privacy officer of the hub's operator (the municipality):
   * another organisation's officer would learn which partners hold records on the child.
   */
  childProcessingLog?: Maybe<Array<ProcessingLogEntry>>;
  /** The child's whole log as a file the privacy officer can hand to the parents or the young person. */
  childProcessingLogExport?: Maybe<ProcessingLogExport>;
  /** What the professionals of one organisation received through the hub: that organisation's privacy officer only. */
  organisationProcessingLog?: Maybe<OrganisationProcessingLog>;
  /** The covenant's register of processing activities (AVG art. 30) that log records refer to. */
  processingActivities: Array<ProcessingActivity>;
};


/**
 * The processing log (verwerkingenlog), read back. Its partner is the hub's own log store: every
 * release of personal data through the gateway is one record per child, naming fields, never
 * their content, so the privacy officer sees who accessed what, when and why, and never the data.
 */
export type QueryChildProcessingLogArgs = {
  childId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The processing log (verwerkingenlog), read back. Its partner is the hub's own log store: every
 * release of personal data through the gateway is one record per child, naming fields, never
 * their content, so the privacy officer sees who accessed what, when and why, and never the data.
 */
export type QueryChildProcessingLogExportArgs = {
  childId: Scalars['ID']['input'];
  format?: ProcessingLogFormat;
};


/**
 * The processing log (verwerkingenlog), read back. Its partner is the hub's own log store: every
 * release of personal data through the gateway is one record per child, naming fields, never
 * their content, so the privacy officer sees who accessed what, when and why, and never the data.
 */
export type QueryOrganisationProcessingLogArgs = {
  organisationId: Scalars['ID']['input'];
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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  DataCategory: DataCategory;
  Organisation: ResolverTypeWrapper<OrganisationRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  OrganisationProcessingLog: ResolverTypeWrapper<OrganisationLogRecord>;
  ProcessingActivity: ResolverTypeWrapper<ActivityRecord>;
  ProcessingLogEntry: ResolverTypeWrapper<EntryRecord>;
  ProcessingLogExport: ResolverTypeWrapper<ExportRecord>;
  ProcessingLogFormat: ProcessingLogFormat;
  ProcessingOutcome: ProcessingOutcome;
  Purpose: Purpose;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReleaseCondition: ReleaseCondition;
  Role: Role;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Organisation: OrganisationRef;
  ID: Scalars['ID']['output'];
  OrganisationProcessingLog: OrganisationLogRecord;
  ProcessingActivity: ActivityRecord;
  ProcessingLogEntry: EntryRecord;
  ProcessingLogExport: ExportRecord;
  Query: Record<PropertyKey, never>;
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

export type PrivacyDirectiveResolver<Result, Parent, ContextType = AuditlogContext, Args = PrivacyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OrganisationResolvers<ContextType = AuditlogContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type OrganisationProcessingLogResolvers<ContextType = AuditlogContext, ParentType extends ResolversParentTypes['OrganisationProcessingLog'] = ResolversParentTypes['OrganisationProcessingLog']> = {
  entries?: Resolver<Maybe<Array<ResolversTypes['ProcessingLogEntry']>>, ParentType, ContextType, RequireFields<OrganisationProcessingLogEntriesArgs, 'first' | 'offset'>>;
  export?: Resolver<Maybe<ResolversTypes['ProcessingLogExport']>, ParentType, ContextType, RequireFields<OrganisationProcessingLogExportArgs, 'format'>>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ProcessingActivityResolvers<ContextType = AuditlogContext, ParentType extends ResolversParentTypes['ProcessingActivity'] = ResolversParentTypes['ProcessingActivity']> = {
  controllerNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['Purpose'], ParentType, ContextType>;
  retentionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProcessingLogEntryResolvers<ContextType = AuditlogContext, ParentType extends ResolversParentTypes['ProcessingLogEntry'] = ResolversParentTypes['ProcessingLogEntry']> = {
  activity?: Resolver<Maybe<ResolversTypes['ProcessingActivity']>, ParentType, ContextType>;
  childId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fieldsReleased?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  fieldsWithheld?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ProcessingOutcome'], ParentType, ContextType>;
  professional?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['Purpose'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  traceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProcessingLogExportResolvers<ContextType = AuditlogContext, ParentType extends ResolversParentTypes['ProcessingLogExport'] = ResolversParentTypes['ProcessingLogExport']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AuditlogContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  childProcessingLog?: Resolver<Maybe<Array<ResolversTypes['ProcessingLogEntry']>>, ParentType, ContextType, RequireFields<QueryChildProcessingLogArgs, 'childId' | 'first' | 'offset'>>;
  childProcessingLogExport?: Resolver<Maybe<ResolversTypes['ProcessingLogExport']>, ParentType, ContextType, RequireFields<QueryChildProcessingLogExportArgs, 'childId' | 'format'>>;
  organisationProcessingLog?: Resolver<Maybe<ResolversTypes['OrganisationProcessingLog']>, ParentType, ContextType, RequireFields<QueryOrganisationProcessingLogArgs, 'organisationId'>>;
  processingActivities?: Resolver<Array<ResolversTypes['ProcessingActivity']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = AuditlogContext> = {
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationProcessingLog?: OrganisationProcessingLogResolvers<ContextType>;
  ProcessingActivity?: ProcessingActivityResolvers<ContextType>;
  ProcessingLogEntry?: ProcessingLogEntryResolvers<ContextType>;
  ProcessingLogExport?: ProcessingLogExportResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = AuditlogContext> = {
  privacy?: PrivacyDirectiveResolver<any, any, ContextType>;
};
