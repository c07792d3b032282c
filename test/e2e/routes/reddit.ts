import type { SiteRoutes } from './types';

export const REDDIT_POST_URL = 'https://www.reddit.com/r/AskNYC/comments/1j9x2ab/where_do_you_get_the_best_soup_dumplings_in/';

export const redditRoutes: SiteRoutes = {
  origins: ['https://www.reddit.com'],
  pages: [
    [/^\/r\/AskNYC\/comments\/1j9x2ab\//, 'reddit/post-page.html'],
    [/^\/r\/BoomersBeingFools\/comments\/1cq6hci\//, 'reddit/real-thread-2024-05.html'],
  ],
};
