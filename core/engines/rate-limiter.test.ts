import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CircuitBreaker, RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lets a burst through at once, then spaces requests at the configured rate', async () => {
    const limiter = new RateLimiter({ requestsPerSecond: 2, burst: 3, concurrency: 10 });
    const started: number[] = [];
    const start = Date.now();
    const runs = Array.from({ length: 5 }, () => limiter.schedule(async () => started.push(Date.now() - start)));
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(500);
    expect(started).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(500);
    await Promise.all(runs);
    expect(started).toHaveLength(5);
    expect(started[4]).toBeGreaterThanOrEqual(1000);
  });

  it('charges a request its cost in tokens: a 5-item batch to a per-item provider uses 5', async () => {
    const limiter = new RateLimiter({ requestsPerSecond: 1, burst: 6, concurrency: 10 });
    const started: number[] = [];
    const start = Date.now();
    const runs = [limiter.schedule(async () => started.push(Date.now() - start), 0, 5), limiter.schedule(async () => started.push(Date.now() - start), 0, 5)];
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual([0]);
    // One token left; four more at one a second.
    await vi.advanceTimersByTimeAsync(3_900);
    expect(started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    await Promise.all(runs);
    expect(started[1]).toBeGreaterThanOrEqual(4_000);
    // A cost above the burst never waits forever: it is charged the whole bucket.
    const huge = limiter.schedule(async () => 'done', 0, 50);
    await vi.advanceTimersByTimeAsync(6_100);
    await expect(huge).resolves.toBe('done');
  });

  it('drops a waiting request whose gate refuses it, without using a token or a slot', async () => {
    const limiter = new RateLimiter({ requestsPerSecond: 1, burst: 1, concurrency: 1 });
    let refused = false;
    const ran: string[] = [];
    const first = limiter.schedule(async () => void ran.push('first'));
    const gated = limiter.schedule(async () => void ran.push('gated'), 0, 1, () => {
      if (refused) throw new Error('key refused');
    });
    refused = true;
    // Observed before the clock moves: the refusal can come while `first` is still settling.
    const refusal = expect(gated).rejects.toThrow('key refused');
    await vi.advanceTimersByTimeAsync(0);
    await first;
    await refusal;
    expect(ran).toEqual(['first']);
  });

  it('starts waiting tasks by priority, lower first, ties in arrival order', async () => {
    const limiter = new RateLimiter({ requestsPerSecond: 1000, burst: 1000, concurrency: 1 });
    const started: string[] = [];
    let release!: () => void;
    const blocker = limiter.schedule(() => new Promise<void>((resolve) => (release = resolve)));
    const queued = [
      limiter.schedule(async () => void started.push('far'), 9),
      limiter.schedule(async () => void started.push('near-1'), 1),
      limiter.schedule(async () => void started.push('visible'), 0),
      limiter.schedule(async () => void started.push('near-2'), 1),
    ];
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual([]);
    release();
    await blocker;
    await vi.advanceTimersByTimeAsync(10);
    await Promise.all(queued);
    expect(started).toEqual(['visible', 'near-1', 'near-2', 'far']);
  });

  it('tells how long a Retry-After pause still lasts', async () => {
    const limiter = new RateLimiter({ requestsPerSecond: 1, burst: 1, concurrency: 1 });
    expect(limiter.pausedForMs).toBe(0);
    limiter.pause(5_000);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(limiter.pausedForMs).toBe(3_000);
  });

  it('never runs more than `concurrency` tasks at once', async () => {
    const limiter = new RateLimiter({ requestsPerSecond: 1000, burst: 1000, concurrency: 2 });
    let active = 0;
    let peak = 0;
    const task = () =>
      limiter.schedule(async () => {
        active++;
        peak = Math.max(peak, active);
        await new Promise((resolve) => setTimeout(resolve, 10));
        active--;
      });
    const all = Promise.all(Array.from({ length: 7 }, task));
    await vi.advanceTimersByTimeAsync(100);
    await all;
    expect(peak).toBe(2);
  });

  it('holds every request during a Retry-After pause', async () => {
    const limiter = new RateLimiter({ requestsPerSecond: 100, burst: 100, concurrency: 5 });
    limiter.pause(2000);
    let ran = false;
    const run = limiter.schedule(async () => {
      ran = true;
    });
    await vi.advanceTimersByTimeAsync(1999);
    expect(ran).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    await run;
    expect(ran).toBe(true);
  });

  it('releases the slot when a task throws', async () => {
    const limiter = new RateLimiter({ requestsPerSecond: 100, burst: 100, concurrency: 1 });
    await expect(limiter.schedule(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.schedule(async () => 'next')).resolves.toBe('next');
  });
});

describe('CircuitBreaker', () => {
  it('opens after repeated failures, half-opens after the cool-down, and closes on success', () => {
    let now = 0;
    const breaker = new CircuitBreaker(3, 1000, () => now);
    breaker.failure();
    breaker.failure();
    expect(breaker.isOpen).toBe(false);
    breaker.failure();
    expect(breaker.isOpen).toBe(true);
    now = 999;
    expect(breaker.isOpen).toBe(true);
    now = 1000;
    expect(breaker.isOpen).toBe(false);
    // One more failure in the trial re-opens it at once.
    breaker.failure();
    expect(breaker.isOpen).toBe(true);
    now = 2500;
    expect(breaker.isOpen).toBe(false);
    breaker.success();
    breaker.failure();
    expect(breaker.isOpen).toBe(false);
  });
});
