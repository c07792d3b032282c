import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['core/**/*.test.ts', 'entrypoints/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'test/e2e/**'],
    setupFiles: ['test/setup.ts'],
    // jsdom parses of whole saved pages take seconds on a busy 2-core machine; a slow parse is not a failure.
    testTimeout: 20_000,
  },
});
