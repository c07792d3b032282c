import { genericPage } from '../sites/generic-page';
import { contentHash } from '../sites/text';
import type { SiteAdapter } from '../sites/types';

/** Fewer prose blocks than this is a page with nothing to read (a login wall, a blank loading page). */
export const MIN_TEXT_BLOCKS = 3;

/**
 * What a bug report needs when an adapter finds nothing on a page of its site:
 * which adapter, which of its selectors matched nothing. No page text, no
 * address (Reddit's addresses carry the post's title): the page is named by a
 * hash of its address, so the popup can tell it is the current tab's.
 */
export interface LayoutDiagnosis {
  adapter: string;
  host: string;
  pageKey: string;
  /** The adapter's page-level selectors that match no element on the page. */
  failedSelectors: { name: string; selector: string }[];
  /** How many readable text blocks the page has (the generic translator's count). */
  textBlocks: number;
  at: string;
}

/** The key of a page: its address without the fragment, hashed. */
export function pageKey(url: string | URL): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return contentHash(parsed.href);
}

/** A selector the page's browser cannot parse counts as matching nothing. */
function count(doc: Document, selector: string): number {
  try {
    return doc.querySelectorAll(selector).length;
  } catch {
    return 0;
  }
}

/**
 * Null when the adapter recognises the page (it finds posts) or when the page
 * has no readable text; otherwise the diagnosis.
 */
export function diagnoseLayout(adapter: SiteAdapter, probes: Record<string, string>, doc: Document, url: URL, now = new Date()): LayoutDiagnosis | null {
  if (adapter.findPosts(doc, url).length > 0) return null;
  const textBlocks = genericPage.findPosts(doc, url).length;
  if (textBlocks < MIN_TEXT_BLOCKS) return null;
  return {
    adapter: adapter.id,
    host: url.host,
    pageKey: pageKey(url),
    failedSelectors: Object.entries(probes)
      .filter(([, selector]) => count(doc, selector) === 0)
      .map(([name, selector]) => ({ name, selector })),
    textBlocks,
    at: now.toISOString(),
  };
}

/** The diagnosis as plain text for a bug report. */
export function formatDiagnosis(diagnosis: LayoutDiagnosis, version: string): string {
  return [
    `Ferry ${version}: page layout not recognised`,
    `adapter: ${diagnosis.adapter}`,
    `host: ${diagnosis.host}`,
    `when: ${diagnosis.at}`,
    `readable text blocks: ${diagnosis.textBlocks}`,
    'selectors matching nothing:',
    ...(diagnosis.failedSelectors.length ? diagnosis.failedSelectors.map(({ name, selector }) => `  ${name}: ${selector}`) : ['  (none)']),
  ].join('\n');
}
