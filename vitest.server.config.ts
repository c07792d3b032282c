import { configDefaults, defineConfig } from 'vitest/config';

// The team server's integration tests: they need DATABASE_URL (scripts/with-postgres.mjs starts a throwaway cluster).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['server/**/*.test.ts'],
    exclude: [...configDefaults.exclude],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
