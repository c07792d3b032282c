export type PageScheme = 'light' | 'dark';

/**
 * 'dark' when the site writes light text around `element` (Douyin, dark
 * themes), so the card matches the page it sits in rather than the OS
 * setting, which says nothing about a site's own theme.
 */
export function pageSchemeAt(element: Element): PageScheme {
  // Reading a computed style right after inserting a card forces a style
  // recalculation of the whole page; one reading per region (the page, or a
  // dialog over it) every half second is enough, as a site's theme rarely
  // changes within it.
  const region = element.closest('dialog, [role="dialog"], [aria-modal="true"]') ?? element.ownerDocument;
  const now = performance.now();
  const cached = recent.get(region);
  if (cached && now - cached.at < SCHEME_TTL_MS) return cached.scheme;
  const scheme = measureScheme(element);
  recent.set(region, { scheme, at: now });
  return scheme;
}

const SCHEME_TTL_MS = 500;
const recent = new WeakMap<object, { scheme: PageScheme; at: number }>();

/** The scheme from the text colour around one element, uncached. */
export function measureScheme(element: Element): PageScheme {
  const color = element.ownerDocument.defaultView?.getComputedStyle(element).color ?? '';
  const channels = color.match(/\d+(?:\.\d+)?/g)?.slice(0, 3).map(Number);
  if (!channels || channels.length < 3) return 'light';
  const [red, green, blue] = channels as [number, number, number];
  const luminance = (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255;
  return luminance > 0.6 ? 'dark' : 'light';
}
