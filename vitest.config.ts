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
    // test/slow runs apart (npm run test:slow, from .ci/run): it type-checks and generates a whole copy.
    exclude: ['node_modules/**', 'test/slow/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/globalSetup.ts'],
  },
});
