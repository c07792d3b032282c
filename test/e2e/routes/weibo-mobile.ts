import type { SiteRoutes } from './types';

export const WEIBO_MOBILE_DETAIL_URL = 'https://m.weibo.cn/detail/5127346012345678';

export const weiboMobileRoutes: SiteRoutes = {
  origins: ['https://m.weibo.cn'],
  pages: [[/^\/detail\/5127346012345678(\?|$)/, 'weibo-mobile/detail-page.html']],
};
