/** Where a watched element is, as last reported and carried forward by the scrolling since. */
export interface ViewportPlace {
  /** Distance from the screen's edge in px; 0 on screen. */
  away: number;
  /** Below the screen when the reader scrolls down, above when up (or on screen). */
  ahead: boolean;
  /** How soon it reaches the screen at the current scroll speed, ms; Infinity when it is not heading there. */
  etaMs: number;
}

interface Measured {
  /** Distance when the observer reported, px; Infinity outside the look-ahead margin. */
  away: number;
  /** 1 below the screen, -1 above, 0 on it. */
  side: -1 | 0 | 1;
  /** The root's scroll offset when measured. */
  scrollAt: number;
  root: Element | null;
}

/** Scroll speed of one root, smoothed over recent scroll events. */
interface Motion {
  position: number;
  at: number;
  /** px/s, positive downwards. */
  velocity: number;
}

/** Speeds below this count as reading in place (px/s). */
const STILL_PX_S = 30;
/** A speed not refreshed by a scroll event for this long has stopped (ms). */
const MOTION_STALE_MS = 400;

/**
 * Which observed elements are on or near the screen, how far and how soon
 * they will be on it. One IntersectionObserver per scroll root (a site's
 * inner scroller or the viewport) with a wide look-ahead margin, one without
 * a margin that says at once when an element reaches the screen, and the
 * scroll speed and direction of each root from its scroll events.
 *
 * Distances are taken from the observers (never from layout reads) and moved
 * along with the scroll offset since, so nothing here forces the page's layout.
 */
export class ViewportTracker {
  private readonly ahead = new Map<Element | null, IntersectionObserver>();
  private readonly screen = new Map<Element | null, IntersectionObserver>();
  private readonly measured = new Map<Element, Measured | null>();
  private readonly onScreen = new Set<Element>();
  private readonly motion = new Map<Element | null, Motion>();
  private listening?: { doc: Document; listener: (event: Event) => void };
  /** Elements within the margin but too far to ask for yet: checked again as the page scrolls. */
  private readonly waiting = new Set<Element>();
  private lastNudge = 0;

  constructor(
    private readonly onChange: () => void,
    /** How far beyond the screen the observers report, px. */
    readonly marginPx = 4_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  static supported(win: Window | undefined): boolean {
    return typeof (win as { IntersectionObserver?: unknown } | undefined)?.IntersectionObserver === 'function';
  }

  private scrollOffset(root: Element | null, doc: Document): number {
    return root ? root.scrollTop : (doc.defaultView?.scrollY ?? 0);
  }

  private listen(doc: Document): void {
    if (this.listening) return;
    // Scroll events do not bubble; a capturing listener on the document hears inner scrollers too.
    const listener = (event: Event) => {
      const target = event.target;
      const root = target instanceof Element && target !== doc.scrollingElement ? target : null;
      this.noteScroll(root, this.scrollOffset(root, doc));
    };
    doc.addEventListener('scroll', listener, { capture: true, passive: true });
    this.listening = { doc, listener };
  }

  /** Records a scroll offset of `root`; exposed for tests. */
  noteScroll(root: Element | null, position: number): void {
    const at = this.now();
    const previous = this.motion.get(root);
    if (!previous) {
      this.motion.set(root, { position, at, velocity: 0 });
      return;
    }
    const elapsed = Math.max(1, at - previous.at);
    const instant = ((position - previous.position) / elapsed) * 1000;
    // A long gap starts a new gesture; otherwise smooth over the last few events.
    const velocity = elapsed > MOTION_STALE_MS ? instant : previous.velocity * 0.6 + instant * 0.4;
    this.motion.set(root, { position, at, velocity });
    // Elements that were too far may now be near enough: let the owner look again, a few times a second at most.
    if (this.waiting.size > 0 && at - this.lastNudge > 150) {
      for (const element of this.waiting) {
        if (this.measured.get(element)?.root !== root) continue;
        const place = this.place(element);
        if (place && place.ahead && place.away <= this.lookahead(root)) {
          this.lastNudge = at;
          this.onChange();
          break;
        }
      }
    }
  }

  /** Scroll speed of a root in px/s (positive downwards), 0 when it has stopped. */
  velocity(root: Element | null): number {
    const motion = this.motion.get(root);
    if (!motion || this.now() - motion.at > MOTION_STALE_MS) return 0;
    return Math.abs(motion.velocity) < STILL_PX_S ? 0 : motion.velocity;
  }

  /**
   * How far ahead of the reading direction posts are asked for, px: three
   * screens when reading in place, six seconds of travel when scrolling, never
   * beyond the observers' margin.
   */
  lookahead(root: Element | null): number {
    const screenPx = this.screenHeight(root);
    return Math.min(this.marginPx, Math.max(3 * screenPx, Math.abs(this.velocity(root)) * 6));
  }

  /** The height of the root's visible area, px. */
  screenHeight(root: Element | null): number {
    if (root) return root.clientHeight || 800;
    const view = this.listening?.doc.defaultView;
    return view?.innerHeight || 800;
  }

  private observers(root: Element | null): [IntersectionObserver, IntersectionObserver] {
    let ahead = this.ahead.get(root);
    let screen = this.screen.get(root);
    if (!ahead || !screen) {
      ahead = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            const doc = entry.target.ownerDocument;
            const scrollAt = this.scrollOffset(root, doc);
            if (!entry.isIntersecting) {
              this.measured.set(entry.target, { away: Infinity, side: 0, scrollAt, root });
              continue;
            }
            const bounds = entry.rootBounds;
            const box = entry.boundingClientRect;
            // rootBounds include the margin; distances are from the screen itself.
            const below = bounds ? box.top - (bounds.bottom - this.marginPx) : 0;
            const above = bounds ? bounds.top + this.marginPx - box.bottom : 0;
            const side = below > 0 ? 1 : above > 0 ? -1 : 0;
            this.measured.set(entry.target, { away: Math.max(0, below, above), side, scrollAt, root });
          }
          this.onChange();
        },
        { root, rootMargin: `${this.marginPx}px 0px ${this.marginPx}px 0px` },
      );
      screen = new IntersectionObserver(
        (entries) => {
          let entered = false;
          for (const entry of entries) {
            if (entry.isIntersecting) {
              entered ||= !this.onScreen.has(entry.target);
              this.onScreen.add(entry.target);
            } else this.onScreen.delete(entry.target);
          }
          if (entered) this.onChange();
        },
        { root },
      );
      this.ahead.set(root, ahead);
      this.screen.set(root, screen);
    }
    return [ahead, screen];
  }

  /** Starts watching; returns where the element is, or undefined until first reported. */
  watch(element: Element, root: Element | null): ViewportPlace | undefined {
    if (!this.measured.has(element)) {
      this.listen(element.ownerDocument);
      const scrollRoot = root && root.contains(element) ? root : null;
      for (const observer of this.observers(scrollRoot)) observer.observe(element);
      this.measured.set(element, null);
    }
    return this.place(element);
  }

  /** Where the element is now, or undefined until first reported. */
  place(element: Element): ViewportPlace | undefined {
    const measured = this.measured.get(element);
    if (!measured) return undefined;
    if (this.onScreen.has(element)) return { away: 0, ahead: true, etaMs: 0 };
    const { root, side } = measured;
    if (measured.away === Infinity) return { away: Infinity, ahead: false, etaMs: Infinity };
    if (side === 0) return { away: 0, ahead: true, etaMs: 0 };
    // Carried forward by the scrolling since the observer measured (scrolling down brings what is below nearer).
    const motion = this.motion.get(root);
    const moved = motion ? motion.position - measured.scrollAt : 0;
    const away = Math.max(0, measured.away - moved * side);
    const velocity = this.velocity(root);
    const direction = Math.sign(velocity);
    const ahead = direction === 0 || direction === side;
    const etaMs = direction === side ? (away / Math.abs(velocity)) * 1000 : Infinity;
    return { away, ahead, etaMs };
  }

  /** Marks an element as near but not asked for yet, or no longer so. */
  setWaiting(element: Element, waiting: boolean): void {
    if (waiting) this.waiting.add(element);
    else this.waiting.delete(element);
  }

  /** Stops watching an element that left the page. */
  forget(element: Element): void {
    for (const observer of [...this.ahead.values(), ...this.screen.values()]) observer.unobserve(element);
    this.measured.delete(element);
    this.onScreen.delete(element);
    this.waiting.delete(element);
  }

  disconnect(): void {
    for (const observer of [...this.ahead.values(), ...this.screen.values()]) observer.disconnect();
    this.ahead.clear();
    this.screen.clear();
    this.measured.clear();
    this.onScreen.clear();
    this.waiting.clear();
    this.motion.clear();
    if (this.listening) this.listening.doc.removeEventListener('scroll', this.listening.listener, { capture: true });
    this.listening = undefined;
  }
}
