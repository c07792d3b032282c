import type { SiteRoutes } from './types';

export const XHS_NOTE_URL = 'https://www.xiaohongshu.com/explore/6759a1c2000000000102a3b4?xsec_token=ABtest%3D&xsec_source=pc_feed';
export const XHS_FEED_URL = 'https://www.xiaohongshu.com/explore';

export const xiaohongshuRoutes: SiteRoutes = {
  origins: ['https://www.xiaohongshu.com'],
  pages: [
    [/^\/explore\/6759a1c2000000000102a3b4(\?|$)/, 'xiaohongshu/note-page.html'],
    [/^\/explore\/?(\?|$)/, 'xiaohongshu/explore-feed.html'],
  ],
};
