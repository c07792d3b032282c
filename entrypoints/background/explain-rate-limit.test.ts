import { describe, expect, it } from 'vitest';
import { EXPLAIN_LIMIT, ExplainRateLimit } from './explain-service';

describe('Explain rate limit', () => {
  it('refuses a tab past the limit within the window, other tabs unaffected, and allows it again later', () => {
    let now = 1_000;
    const limit = new ExplainRateLimit(() => now);
    for (let i = 0; i < EXPLAIN_LIMIT.perTab; i++) expect(limit.take(1)).toBe(true);
    expect(limit.take(1)).toBe(false);
    expect(limit.take(2)).toBe(true);
    now += EXPLAIN_LIMIT.windowMs;
    expect(limit.take(1)).toBe(true);
  });
});
