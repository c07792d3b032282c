import type { SiteRoutes } from './types';

export const WEIBO_HOME_URL = 'https://weibo.com/';
export const WEIBO_DETAIL_URL = 'https://weibo.com/6023456789/P3kW2cDe4';

export const weiboRoutes: SiteRoutes = {
  origins: ['https://weibo.com'],
  pages: [
    [/^\/6023456789\/P3kW2cDe4(\?|$)/, 'weibo/detail-page.html'],
    [/^\/6000007919\/Q4q6rv6rH(\?|$)/, 'weibo/real-detail-2025-09.html'],
    [/^\/(\?|$)/, 'weibo/home-feed.html'],
  ],
};
