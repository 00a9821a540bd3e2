import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** `npm run test:slow`: tests too heavy for the parallel suite (a whole scaffold, type-check and codegen in a copy). */
export default defineConfig({
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: { include: ['test/slow/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000, pool: 'forks' },
});
