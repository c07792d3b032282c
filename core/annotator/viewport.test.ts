// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ViewportTracker } from './viewport';

/** A stand-in IntersectionObserver: the test says what it reports. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(
    readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void,
    readonly options: { rootMargin?: string } = {},
  ) {
    FakeObserver.all.push(this);
  }
  observe(element: Element) {
    this.targets.add(element);
  }
  unobserve(element: Element) {
    this.targets.delete(element);
  }
  disconnect() {
    this.targets.clear();
  }
}

const SCREEN = 800;
const MARGIN = 4_000;

/** Reports `element` at `top` px from the top of an 800 px screen. */
function report(element: Element, top: number) {
  const rootBounds = { top: -MARGIN, bottom: SCREEN + MARGIN } as DOMRectReadOnly;
  const inMargin = top < SCREEN + MARGIN && top + 100 > -MARGIN;
  const onScreen = top < SCREEN && top + 100 > 0;
  for (const observer of FakeObserver.all) {
    if (!observer.targets.has(element)) continue;
    const margin = observer.options.rootMargin !== undefined;
    observer.callback([{ target: element, isIntersecting: margin ? inMargin : onScreen, rootBounds, boundingClientRect: { top, bottom: top + 100 } as DOMRectReadOnly }]);
  }
}

describe('ViewportTracker', () => {
  let now = 0;
  beforeEach(() => {
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    Object.defineProperty(window, 'innerHeight', { value: SCREEN, configurable: true });
    now = 0;
  });
  afterEach(() => vi.unstubAllGlobals());

  it('knows a post below the screen, and how soon it arrives at the reading speed', () => {
    const onChange = vi.fn();
    const tracker = new ViewportTracker(onChange, MARGIN, () => now);
    const post = document.createElement('div');
    document.body.append(post);
    expect(tracker.watch(post, null)).toBeUndefined();
    report(post, SCREEN + 2_000);
    expect(onChange).toHaveBeenCalled();
    // Reading in place: ahead, but no arrival estimate.
    expect(tracker.place(post)).toEqual({ away: 2_000, ahead: true, etaMs: Infinity });
    // Scrolling down at 1,000 px/s for 0.5 s: 500 px nearer, arriving in 1.5 s.
    for (let step = 0; step <= 10; step++) {
      now = step * 50;
      tracker.noteScroll(null, step * 50);
    }
    const place = tracker.place(post)!;
    expect(place.away).toBe(1_500);
    expect(place.ahead).toBe(true);
    expect(place.etaMs).toBeGreaterThan(1_300);
    expect(place.etaMs).toBeLessThan(1_800);
  });

  it('looks three screens ahead when still and six seconds of travel when scrolling, within its margin', () => {
    const tracker = new ViewportTracker(() => {}, MARGIN, () => now);
    expect(tracker.lookahead(null)).toBe(3 * SCREEN);
    for (let step = 0; step <= 10; step++) {
      now = step * 50;
      tracker.noteScroll(null, step * 25); // 500 px/s
    }
    expect(tracker.lookahead(null)).toBeCloseTo(3_000, -2);
    for (let step = 11; step <= 20; step++) {
      now = step * 50;
      tracker.noteScroll(null, 250 + (step - 10) * 150); // 3,000 px/s
    }
    expect(tracker.lookahead(null)).toBe(MARGIN);
    // Stopped: back to three screens.
    now += 1_000;
    expect(tracker.lookahead(null)).toBe(3 * SCREEN);
  });

  it('a post above the screen is behind a reader scrolling down', () => {
    const tracker = new ViewportTracker(() => {}, MARGIN, () => now);
    const post = document.createElement('div');
    document.body.append(post);
    tracker.watch(post, null);
    report(post, -600);
    for (let step = 0; step <= 5; step++) {
      now = step * 50;
      tracker.noteScroll(null, step * 40);
    }
    const place = tracker.place(post)!;
    expect(place.ahead).toBe(false);
    expect(place.etaMs).toBe(Infinity);
    expect(place.away).toBe(500 + 200);
  });

  it('says at once when a waiting post reaches the screen, and when scrolling brings it near', () => {
    const onChange = vi.fn();
    const tracker = new ViewportTracker(onChange, MARGIN, () => now);
    const post = document.createElement('div');
    document.body.append(post);
    tracker.watch(post, null);
    report(post, SCREEN + 3_500);
    tracker.setWaiting(post, true);
    onChange.mockClear();
    // 1,000 px down: 2,500 px away, within the three-screen look-ahead of 2,400? Not yet.
    tracker.noteScroll(null, 0);
    now = 5_000;
    tracker.noteScroll(null, 1_000);
    expect(onChange).not.toHaveBeenCalled();
    now = 5_200;
    tracker.noteScroll(null, 1_200);
    expect(onChange).toHaveBeenCalledTimes(1);
    report(post, 100);
    expect(tracker.place(post)).toEqual({ away: 0, ahead: true, etaMs: 0 });
  });
});
