export type PageScheme = 'light' | 'dark';

/**
 * 'dark' when the site writes light text around `element` (Douyin, dark
 * themes), so the card matches the page it sits in rather than the OS
 * setting, which says nothing about a site's own theme.
 */
export function pageSchemeAt(element: Element): PageScheme {
  const color = element.ownerDocument.defaultView?.getComputedStyle(element).color ?? '';
  const channels = color.match(/\d+(?:\.\d+)?/g)?.slice(0, 3).map(Number);
  if (!channels || channels.length < 3) return 'light';
  const [red, green, blue] = channels as [number, number, number];
  const luminance = (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255;
  return luminance > 0.6 ? 'dark' : 'light';
}
