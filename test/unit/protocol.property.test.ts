import { describe } from 'vitest';
import { fuzzRuns, UNIT_RUNS } from '../fuzz/properties/fuzz-runs';
import { protocolProperties } from '../fuzz/properties/protocol';

// The fuzz target's properties at a few hundred cases, so every unit run exercises them (`npm run fuzz` runs 10,000).
describe('message validator and router properties', () => protocolProperties(fuzzRuns(UNIT_RUNS)));
