import type { SiteRoutes } from './types';

export const WEIBO_HOME_URL = 'https://weibo.com/';
export const WEIBO_DETAIL_URL = 'https://weibo.com/6023456789/P3kW2cDe4';

export const weiboRoutes: SiteRoutes = {
  origins: ['https://weibo.com'],
  pages: [
    [/^\/6023456789\/P3kW2cDe4(\?|$)/, 'weibo/detail-page.html'],
    [/^\/(\?|$)/, 'weibo/home-feed.html'],
  ],
};
