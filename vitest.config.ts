import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One copy of graphql for every importer, or vitest loads it twice ("another module or realm").
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['**/*.test.ts'],
    // Apart: test/slow (npm run test:slow) type-checks and generates a whole copy; the browser suite
    // has its own config and hub (web/test/vitest.config.ts, npm run test:browser).
    exclude: ['node_modules/**', 'test/slow/**', 'web/test/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/globalSetup.ts'],
  },
});
