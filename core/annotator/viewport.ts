/**
 * Which observed elements are on or near the screen. One IntersectionObserver
 * per scroll root (a site's inner scroller or the viewport), with a margin so
 * posts are translated just before they scroll in.
 */
export class ViewportTracker {
  private readonly observers = new Map<Element | null, IntersectionObserver>();
  private readonly distance = new Map<Element, number>();

  constructor(
    private readonly onChange: () => void,
    private readonly marginPx = 800,
  ) {}

  static supported(win: Window | undefined): boolean {
    return typeof (win as { IntersectionObserver?: unknown } | undefined)?.IntersectionObserver === 'function';
  }

  private observerFor(root: Element | null): IntersectionObserver {
    let observer = this.observers.get(root);
    if (!observer) {
      observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) {
              this.distance.set(entry.target, Infinity);
              continue;
            }
            const bounds = entry.rootBounds;
            const box = entry.boundingClientRect;
            // 0 when on screen, else how far outside the root it sits.
            const away = bounds ? Math.max(0, box.top - bounds.bottom + this.marginPx, bounds.top - this.marginPx - box.bottom) : 0;
            this.distance.set(entry.target, away);
          }
          this.onChange();
        },
        { root, rootMargin: `${this.marginPx}px 0px ${this.marginPx}px 0px` },
      );
      this.observers.set(root, observer);
    }
    return observer;
  }

  /** Starts watching; returns the element's distance from the screen, or undefined until first reported. */
  watch(element: Element, root: Element | null): number | undefined {
    if (!this.distance.has(element)) {
      this.observerFor(root && root.contains(element) ? root : null).observe(element);
      this.distance.set(element, NaN);
    }
    const away = this.distance.get(element)!;
    return Number.isNaN(away) ? undefined : away;
  }

  disconnect(): void {
    for (const observer of this.observers.values()) observer.disconnect();
    this.observers.clear();
    this.distance.clear();
  }
}
