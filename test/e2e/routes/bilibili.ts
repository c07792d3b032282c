import type { SiteRoutes } from './types';

export const BILIBILI_VIDEO_URL = 'https://www.bilibili.com/video/BV1Fy4y1c7Qm';
export const BILIBILI_DYNAMIC_URL = 'https://t.bilibili.com/';

export const bilibiliRoutes: SiteRoutes = {
  origins: ['https://www.bilibili.com', 'https://t.bilibili.com'],
  pages: [
    [/^\/video\/BV1Fy4y1c7Qm\/?(\?|$)/, 'bilibili/video-page.html'],
    [/^\/(\?|$)/, 'bilibili/dynamic-feed.html'],
  ],
};
