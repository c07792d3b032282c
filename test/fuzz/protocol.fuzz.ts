import { describe } from 'vitest';
import { FULL_RUNS, fuzzRuns } from './properties/fuzz-runs';
import { protocolProperties } from './properties/protocol';

describe('fuzz: message validators and router', () => protocolProperties(fuzzRuns(FULL_RUNS)));
