import type { SiteRoutes } from './types';

export const DOUYIN_VIDEO_URL = 'https://www.douyin.com/video/7412345678901234567';
export const DOUYIN_FEED_URL = 'https://www.douyin.com/?recommend=1';

export const douyinRoutes: SiteRoutes = {
  origins: ['https://www.douyin.com'],
  pages: [
    [/^\/video\/7412345678901234567(\?|$)/, 'douyin/video-page.html'],
    [/^\/(\?|$)/, 'douyin/feed.html'],
  ],
};
