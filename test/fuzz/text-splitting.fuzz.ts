// @vitest-environment jsdom
import { describe } from 'vitest';
import { FULL_RUNS, fuzzRuns } from './properties/fuzz-runs';
import { textSplittingProperties } from './properties/text-splitting';

describe('fuzz: text segmenters and splitters', () => textSplittingProperties(fuzzRuns(FULL_RUNS)));
