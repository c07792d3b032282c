import { describe } from 'vitest';
import { fuzzRuns, UNIT_RUNS } from '../fuzz/properties/fuzz-runs';
import { settingsProperties } from '../fuzz/properties/settings';

// The fuzz target's properties at a few hundred cases, so every unit run exercises them (`npm run fuzz` runs 10,000).
describe('settings parsing and migration properties', () => settingsProperties(fuzzRuns(UNIT_RUNS)));
