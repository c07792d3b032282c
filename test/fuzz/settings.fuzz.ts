import { describe } from 'vitest';
import { FULL_RUNS, fuzzRuns } from './properties/fuzz-runs';
import { settingsProperties } from './properties/settings';

describe('fuzz: settings parsing and migrations', () => settingsProperties(fuzzRuns(FULL_RUNS)));
