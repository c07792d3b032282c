import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Parallel runs against different builds (FERRY_EXTENSION_DIR) keep their results apart.
const results = process.env.FERRY_EXTENSION_DIR ? `test-results/${path.basename(path.dirname(path.resolve(process.env.FERRY_EXTENSION_DIR)))}` : 'test-results';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: `${results}/e2e.json` }]],
  outputDir: `${results}/e2e`,
  use: { trace: 'retain-on-failure' },
});
