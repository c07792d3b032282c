import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** `npm run fuzz`: the property tests under test/fuzz at 10,000 cases each, apart from the quick unit suite. */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['test/fuzz/**/*.fuzz.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
