/** Cases per property: 10,000 in `npm run fuzz`, a quick 500 in the unit suite; FUZZ_RUNS overrides both. */
export function fuzzRuns(defaultRuns: number): number {
  const fromEnv = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : defaultRuns;
}

export const FULL_RUNS = 10_000;
export const UNIT_RUNS = 500;
