/*
 * Data some sites keep only in their own JavaScript (Bilibili's comment rpid
 * and IP label live in each web component's `__data`). A tiny script in the
 * page's main world copies them onto the element as data attributes when the
 * isolated content script asks; the content script treats them as page input:
 * it accepts only well-formed values and falls back to what the DOM shows.
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

/** The site's numeric id the page bridge stamped on `element`, if well formed. */
export function bridgedNumericId(element: Element): string | undefined {
  const value = element.getAttribute(BRIDGED_ID_ATTRIBUTE);
  return value && NUMERIC_ID.test(value) ? value : undefined;
}

/** The location label the page bridge stamped on `element`, if well formed. */
export function bridgedLocation(element: Element): string | undefined {
  const value = element.getAttribute(BRIDGED_LOCATION_ATTRIBUTE)?.trim();
  return value && LOCATION_LABEL.test(value) ? value : undefined;
}
