import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// The browser suite (`npm run test:browser`, the third part of `npm test`): one `npm start` for
// the whole suite, its files one after another, since they walk one work process on one hub.
export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: {
    include: ['web/test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: 'forks',
    fileParallelism: false,
    sequence: { concurrent: false },
    globalSetup: ['web/test/hubSetup.ts'],
  },
});
