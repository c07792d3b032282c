import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';

const FIXTURES = path.resolve('test/fixtures/sites');

/** Which fixture answers which path at the real origin. */
const XIAOHONGSHU_ROUTES: [RegExp, string][] = [
  [/^\/explore\/6759a1c2000000000102a3b4$/, 'xiaohongshu/note-page.html'],
  [/^\/explore\/?$/, 'xiaohongshu/explore-feed.html'],
];

export const XHS_NOTE_URL = 'https://www.xiaohongshu.com/explore/6759a1c2000000000102a3b4?xsec_token=ABtest%3D&xsec_source=pc_feed';
export const XHS_FEED_URL = 'https://www.xiaohongshu.com/explore';

/** Serves committed fixtures at the real origins so content scripts match as they would live. */
export async function routeSites(context: BrowserContext): Promise<void> {
  await context.route('https://www.xiaohongshu.com/**', async (route) => {
    const url = new URL(route.request().url());
    const hit = XIAOHONGSHU_ROUTES.find(([pattern]) => pattern.test(url.pathname));
    if (!hit || route.request().resourceType() !== 'document') return route.fulfill({ status: 404, body: '' });
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(path.join(FIXTURES, hit[1]), 'utf8') });
  });
  // Nothing else may leave the machine.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost|www\.xiaohongshu\.com)/, (route) => route.abort());
}
