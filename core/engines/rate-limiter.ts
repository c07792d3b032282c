/**
 * Token bucket plus a concurrency cap, one per engine. A request waits for a
 * token and a free slot; a 429 with Retry-After pauses the whole engine, so a
 * storm of queued requests cannot hammer a provider that asked us to wait.
 */
export interface RateLimit {
  requestsPerSecond: number;
  burst: number;
  concurrency: number;
}

export class RateLimiter {
  private tokens: number;
  private lastRefill: number;
  private active = 0;
  private pausedUntil = 0;
  private readonly waiting: { priority: number; cost: number; start: () => void; refuse: (error: unknown) => void; gate?: () => void }[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = limit.burst;
    this.lastRefill = now();
  }

  /**
   * Runs `task` when the engine may take another request; lower `priority`
   * goes first, ties in arrival order. `cost` is how many tokens the request
   * uses: a provider that counts every item of a batch (LibreTranslate) is
   * charged per item. A cost above the burst is charged the whole bucket.
   * `gate` runs when the request's turn comes: if it throws (the request was
   * cancelled, or the engine refused the key meanwhile), the request is
   * dropped without using a token or a slot.
   */
  async schedule<T>(task: () => Promise<T>, priority = 0, cost = 1, gate?: () => void): Promise<T> {
    await new Promise<void>((resolve, reject) => {
      const after = this.waiting.findIndex((entry) => entry.priority > priority);
      this.waiting.splice(after < 0 ? this.waiting.length : after, 0, { priority, cost: Math.max(1, Math.min(cost, this.limit.burst)), start: resolve, refuse: reject, gate });
      this.pump();
    });
    try {
      return await task();
    } finally {
      this.active--;
      this.pump();
    }
  }

  /** Holds every request to this engine until `ms` from now (Retry-After). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
    this.pump();
  }

  get pending(): number {
    return this.waiting.length;
  }

  /** How long the current Retry-After pause still lasts. */
  get pausedForMs(): number {
    return Math.max(0, this.pausedUntil - this.now());
  }

  private refill(): void {
    const now = this.now();
    const elapsed = (now - this.lastRefill) / 1000;
    this.tokens = Math.min(this.limit.burst, this.tokens + elapsed * this.limit.requestsPerSecond);
    this.lastRefill = now;
  }

  /** Requests at the head of the queue whose gate refuses them leave without a token. */
  private dropRefused(): void {
    while (this.waiting.length > 0) {
      const head = this.waiting[0]!;
      try {
        head.gate?.();
        return;
      } catch (error) {
        this.waiting.shift();
        head.refuse(error);
      }
    }
  }

  private pump(): void {
    if (this.timer) return;
    this.refill();
    const now = this.now();
    this.dropRefused();
    while (this.waiting.length > 0 && this.active < this.limit.concurrency && this.tokens >= this.waiting[0]!.cost && now >= this.pausedUntil) {
      const next = this.waiting.shift()!;
      this.tokens -= next.cost;
      this.active++;
      next.start();
      this.dropRefused();
    }
    if (this.waiting.length === 0 || this.active >= this.limit.concurrency) return;
    const needed = this.waiting[0]!.cost;
    const waitForToken = this.tokens >= needed ? 0 : ((needed - this.tokens) / this.limit.requestsPerSecond) * 1000;
    const delay = Math.max(waitForToken, this.pausedUntil - now, 1);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pump();
    }, delay);
  }
}

/**
 * Stops asking an engine that keeps failing: after `threshold` failures in a
 * row it opens for `cooldownMs`, during which the pipeline goes straight to
 * the next engine; then one trial request decides whether it closes again.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | undefined;

  constructor(
    private readonly threshold = 3,
    private readonly cooldownMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  get isOpen(): boolean {
    if (this.openedAt === undefined) return false;
    if (this.now() - this.openedAt >= this.cooldownMs) {
      // Half-open: let the next request through as a trial.
      this.openedAt = undefined;
      this.failures = this.threshold - 1;
      return false;
    }
    return true;
  }

  success(): void {
    this.failures = 0;
    this.openedAt = undefined;
  }

  failure(): void {
    this.failures++;
    if (this.failures >= this.threshold) this.openedAt = this.now();
  }
}
