/**
 * The gateway's limits on one request, each applied before the operation is planned (and before
 * the privacy filter walks it), each answered with its own error code (README, "Operation limits").
 * The defaults sit well above what the hub's own front-end queries, the README's walkthrough and
 * the test suite send (measured), and far below what took the hub down (issue 10).
 */
export interface OperationLimits {
  /** Most bytes in one HTTP request body (the query, its variables, a whole batch). @default 65536 */
  maxBodyBytes: number;
  /** Most operations in one batched HTTP request. @default 5 */
  maxBatch: number;
  /** Most lexical tokens in one document, counted while it is parsed. @default 2000 */
  maxTokens: number;
  /** Deepest field nesting, counted through fragments as if they were written out. @default 12 */
  maxDepth: number;
  /** Most aliases in one operation, fragments counted where they are spread. @default 30 */
  maxAliases: number;
  /** Most directives in one operation, fragments counted where they are spread. @default 50 */
  maxDirectives: number;
  /** Most directives on one field, fragment spread or inline fragment (@include and @skip, once each). @default 2 */
  maxDirectivesPerField: number;
  /** Most values an answer may hold by estimate: every field counts one, a list multiplies by its size. @default 10000 */
  maxCost: number;
  /** The size a list counts for in the cost when it takes no `first` argument. @default 10 */
  defaultListSize: number;
  /** Longest one operation may execute (planning and every subgraph call), in ms. @default 10000 */
  timeoutMs: number;
  /**
   * Deepest nesting of an operation that asks only for the schema (`__schema`, `__type`): the
   * explorer's standard introspection query nests type references about 15 deep. @default 20
   */
  maxIntrospectionDepth: number;
  /** The cost budget of such an operation (the standard introspection query estimates at about 50,000). @default 100000 */
  maxIntrospectionCost: number;
  /**
   * Most HTTP requests one professional may send to one gateway process per `rateWindowSeconds`: a
   * person's front-end sends a few per screen, a loop that hammers the hub is stopped. @default 600
   */
  maxRequestsPerWindow: number;
  /** The window of `maxRequestsPerWindow`, in seconds. @default 10 */
  rateWindowSeconds: number;
}

export const DEFAULT_OPERATION_LIMITS: Readonly<OperationLimits> = {
  maxBodyBytes: 65_536,
  maxBatch: 5,
  maxTokens: 2000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  maxDirectivesPerField: 2,
  maxCost: 10_000,
  defaultListSize: 10,
  timeoutMs: 10_000,
  maxIntrospectionDepth: 20,
  maxIntrospectionCost: 100_000,
  maxRequestsPerWindow: 600,
  rateWindowSeconds: 10,
};

/** The longest rate window the gateway takes, in seconds. */
export const MAX_RATE_WINDOW_SECONDS = 86_400;

/** The environment variable that overrides each limit. */
export const OPERATION_LIMIT_ENV: Readonly<Record<keyof OperationLimits, string>> = {
  maxBodyBytes: 'KETENGRAAF_MAX_BODY_BYTES',
  maxBatch: 'KETENGRAAF_MAX_BATCH',
  maxTokens: 'KETENGRAAF_MAX_TOKENS',
  maxDepth: 'KETENGRAAF_MAX_DEPTH',
  maxAliases: 'KETENGRAAF_MAX_ALIASES',
  maxDirectives: 'KETENGRAAF_MAX_DIRECTIVES',
  maxDirectivesPerField: 'KETENGRAAF_MAX_DIRECTIVES_PER_FIELD',
  maxCost: 'KETENGRAAF_MAX_COST',
  defaultListSize: 'KETENGRAAF_DEFAULT_LIST_SIZE',
  timeoutMs: 'KETENGRAAF_REQUEST_TIMEOUT_MS',
  maxIntrospectionDepth: 'KETENGRAAF_MAX_INTROSPECTION_DEPTH',
  maxIntrospectionCost: 'KETENGRAAF_MAX_INTROSPECTION_COST',
  maxRequestsPerWindow: 'KETENGRAAF_MAX_REQUESTS_PER_WINDOW',
  rateWindowSeconds: 'KETENGRAAF_RATE_WINDOW_SECONDS',
};

/**
 * The limits from the environment, each variable of `OPERATION_LIMIT_ENV` a positive integer;
 * anything else stops the gateway at start-up, since a typo must not silently lift a limit.
 */
export function operationLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): OperationLimits {
  const limits: OperationLimits = { ...DEFAULT_OPERATION_LIMITS };
  for (const [key, name] of Object.entries(OPERATION_LIMIT_ENV) as [keyof OperationLimits, string][]) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    if (!/^[1-9][0-9]*$/.test(value)) throw new Error(`${name} must be a positive whole number, not "${value}"`);
    limits[key] = Number(value);
  }
  // A window past what a timer holds (about 24.8 days) would make the rate limiter forget at once.
  if (limits.rateWindowSeconds > MAX_RATE_WINDOW_SECONDS) throw new Error(`${OPERATION_LIMIT_ENV.rateWindowSeconds} must be at most ${MAX_RATE_WINDOW_SECONDS} (a day)`);
  return limits;
}
