import { describe } from 'vitest';
import { FULL_RUNS, fuzzRuns } from './properties/fuzz-runs';
import { knowledgeMatcherProperties } from './properties/knowledge-matcher';

describe('fuzz: knowledge matcher', () => knowledgeMatcherProperties(fuzzRuns(FULL_RUNS)));
