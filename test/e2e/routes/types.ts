/** Which committed fixture answers which page at a site's real origin. */
export interface SiteRoutes {
  /** Origins to intercept, e.g. https://www.xiaohongshu.com */
  origins: string[];
  /** Path (with query) pattern → fixture path under test/fixtures/sites. */
  pages: [RegExp, string][];
}
