import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import type { SiteRoutes } from './routes/types';
import { xiaohongshuRoutes } from './routes/xiaohongshu';
import { weiboRoutes } from './routes/weibo';
import { weiboMobileRoutes } from './routes/weibo-mobile';
import { douyinRoutes } from './routes/douyin';
import { bilibiliRoutes } from './routes/bilibili';
import { tiktokRoutes } from './routes/tiktok';
import { xRoutes } from './routes/x';
import { instagramRoutes } from './routes/instagram';
import { redditRoutes } from './routes/reddit';
import { oldRedditRoutes } from './routes/old-reddit';
import { threadsRoutes } from './routes/threads';
import { youtubeRoutes } from './routes/youtube';

export { XHS_FEED_URL, XHS_NOTE_URL } from './routes/xiaohongshu';

const FIXTURES = path.resolve('test/fixtures/sites');

/** Every site's routes; one line per site. */
export const SITE_ROUTES: SiteRoutes[] = [xiaohongshuRoutes, tiktokRoutes, xRoutes, instagramRoutes, weiboRoutes, weiboMobileRoutes, douyinRoutes, bilibiliRoutes, redditRoutes, oldRedditRoutes, threadsRoutes, youtubeRoutes];

/** Serves committed fixtures at the real origins so content scripts match as they would live. */
export async function routeSites(context: BrowserContext): Promise<void> {
  const served = new Set<string>();
  for (const site of SITE_ROUTES) {
    for (const origin of site.origins) {
      served.add(new URL(origin).host);
      await context.route(`${origin}/**`, async (route) => {
        const url = new URL(route.request().url());
        const hit = site.pages.find(([pattern]) => pattern.test(url.pathname + url.search));
        if (!hit || route.request().resourceType() !== 'document') return route.fulfill({ status: 404, body: '' });
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(path.join(FIXTURES, hit[1]), 'utf8') });
      });
    }
  }
  // Nothing else may leave the machine.
  await context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && !served.has(url.host) && /^https?:$/.test(url.protocol),
    (route) => route.abort(),
  );
}
