import type { SiteRoutes } from './types';

export const X_HOME_URL = 'https://x.com/home';
export const X_STATUS_URL = 'https://x.com/dana_builds/status/1899000000000000102';

export const xRoutes: SiteRoutes = {
  origins: ['https://x.com'],
  pages: [
    [/^\/home\/?(\?|$)/, 'x/home-timeline.html'],
    [/^\/dana_builds\/status\/1899000000000000102(\?|$)/, 'x/status-page.html'],
  ],
};
