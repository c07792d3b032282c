// @vitest-environment jsdom
import { describe } from 'vitest';
import { fuzzRuns, UNIT_RUNS } from '../fuzz/properties/fuzz-runs';
import { textSplittingProperties } from '../fuzz/properties/text-splitting';

// The fuzz target's properties at a few hundred cases, so every unit run exercises them (`npm run fuzz` runs 10,000).
describe('text segmenter and splitter properties', () => textSplittingProperties(fuzzRuns(UNIT_RUNS)));
