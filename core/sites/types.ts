export type PostKind = 'post' | 'comment' | 'reply' | 'card';

/** One translatable piece of a post: its title, its body, a comment's text. */
export interface PostPart {
  part: 'title' | 'body' | 'text';
  text: string;
  /** The site's element holding the original text. */
  source: Element;
  /** The annotation goes right after this element, as its next sibling. */
  anchor: Element;
}

export interface PostRecord {
  siteId: string;
  /** The site's own content id (note id, comment id...). */
  id: string;
  kind: PostKind;
  author?: string;
  /** The location label the site displays (for example an IP region). */
  locationLabel?: string;
  parts: PostPart[];
}

export interface SiteAdapter {
  id: string;
  /** Display name, already in the site's own branding. */
  name: string;
  /** Hostnames this adapter handles (exact match or subdomain). */
  hosts: string[];
  /** Match patterns for the content script. */
  matches: string[];
  /** The element that scrolls posts, when it is not the window. */
  scrollRoot?(doc: Document): Element | null;
  findPosts(root: Document, url: URL): PostRecord[];
  /**
   * The open shadow roots `findPosts` reads into (web-component comments).
   * Mutations inside a shadow root do not reach an observer on the document,
   * so the annotator observes each root returned here.
   */
  shadowRoots?(doc: Document): ShadowRoot[];
}

/** `[count, fixture]`: how many elements a selector must match in a committed fixture. */
export type FixtureMatch = readonly [count: number, fixture: string];

/**
 * Where a selector was checked against the live site: a real saved page or an
 * independent public project that operates on the site. A selector of a
 * `<site>.selectors.ts` module with no entry is unverified.
 */
export interface SelectorEvidence {
  /** The selector's export name in its module. */
  selector: string;
  /** `real page` (shared/real-dom) or `project` (a public userscript, extension or scraper). */
  kind: 'real page' | 'project';
  /** Repository and file, or the real page's path in shared/real-dom. */
  source: string;
  /** When the source saw the site (a page's save date, a commit's date). */
  seen: string;
}
