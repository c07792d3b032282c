import { describe } from 'vitest';
import { knowledgeMatcherProperties } from '../fuzz/properties/knowledge-matcher';
import { fuzzRuns, UNIT_RUNS } from '../fuzz/properties/fuzz-runs';

// The fuzz target's properties at a few hundred cases, so every unit run exercises them (`npm run fuzz` runs 10,000).
describe('knowledge matcher properties', () => knowledgeMatcherProperties(fuzzRuns(UNIT_RUNS)));
