import type { SiteRoutes } from './types';

export const INSTAGRAM_POST_URL = 'https://www.instagram.com/p/C9kT2mLxQ4e/?img_index=1';
export const INSTAGRAM_HOME_URL = 'https://www.instagram.com/';

export const instagramRoutes: SiteRoutes = {
  origins: ['https://www.instagram.com'],
  pages: [
    // One page for every post: its script renders the post the path names.
    [/^\/(?:[\w.]+\/)?p\/[\w-]+\/?(\?|$)/, 'instagram/post-page.html'],
    [/^\/?(\?|$)/, 'instagram/home-feed.html'],
  ],
};
