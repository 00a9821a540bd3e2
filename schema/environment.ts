/**
 * Whether this process runs for development or tests, where demo keys and the development issuer
 * may be used. Only `NODE_ENV=development` or `test` counts: an unset, misspelt or unknown value
 * (`Production`, `prod`) is treated as production, so a deployment that forgets it fails closed.
 * `npm start` and `npm run token` are demo tools and set `development` when `NODE_ENV` is unset.
 */
export const developmentMode = (env: NodeJS.ProcessEnv = process.env): boolean => env.NODE_ENV === 'development' || env.NODE_ENV === 'test';

/** For the demo tools: `NODE_ENV` defaults to `development` when it is not set at all. */
export function defaultToDevelopment(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV === undefined || env.NODE_ENV === '') env.NODE_ENV = 'development';
}
