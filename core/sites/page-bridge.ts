/*
 * Data some sites keep only in their own JavaScript (Bilibili's comment rpid
 * and IP label live in each web component's `__data`). A tiny script in the
 * page's main world copies them onto the element as data attributes when the
 * isolated content script asks; the content script treats them as page input:
 * it accepts only well-formed values and falls back to what the DOM shows.
 *
 * The attributes are a one-way drop box, not state: any page script can write
 * them. The first well-formed value read for an element is kept here, in the
 * content script (a WeakMap keyed by the element), and later stamps are
 * ignored; an id already held by another comment still on the page is refused,
 * so a page cannot make one comment pass for another and suppress its card.
 */

/** Dispatched on the document by the content script before it reads; DOM events reach the main world synchronously. */
export const PAGE_BRIDGE_EVENT = 'ferry:read-page-data';
export const BRIDGED_ID_ATTRIBUTE = 'data-ferry-page-id';
export const BRIDGED_LOCATION_ATTRIBUTE = 'data-ferry-page-location';

const NUMERIC_ID = /^\d{1,20}$/;
/** "IP属地：广东", "IP属地：加拿大": a short label of letters, no markup or controls. */
const LOCATION_LABEL = /^[\p{L}\p{M}：:·・ ]{1,24}$/u;

export function askPageForData(doc: Document): void {
  doc.dispatchEvent(new CustomEvent(PAGE_BRIDGE_EVENT));
}

const keptIds = new WeakMap<Element, string>();
const keptLocations = new WeakMap<Element, string>();
/** Which element holds each id, weakly, so a replaced (re-rendered) element gives its id up. */
const idHolders = new Map<string, WeakRef<Element>>();

/** The site's numeric id the page bridge stamped on `element`, if well formed and not another comment's. */
export function bridgedNumericId(element: Element): string | undefined {
  const kept = keptIds.get(element);
  if (kept !== undefined) return kept;
  const value = element.getAttribute(BRIDGED_ID_ATTRIBUTE);
  if (!value || !NUMERIC_ID.test(value)) return undefined;
  const holder = idHolders.get(value)?.deref();
  if (holder && holder !== element && holder.isConnected) return undefined;
  idHolders.set(value, new WeakRef(element));
  keptIds.set(element, value);
  return value;
}

/** The location label the page bridge stamped on `element`, if well formed; the first one read stays. */
export function bridgedLocation(element: Element): string | undefined {
  const kept = keptLocations.get(element);
  if (kept !== undefined) return kept;
  const value = element.getAttribute(BRIDGED_LOCATION_ATTRIBUTE)?.trim();
  if (!value || !LOCATION_LABEL.test(value)) return undefined;
  keptLocations.set(element, value);
  return value;
}
