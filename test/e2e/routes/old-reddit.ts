import type { SiteRoutes } from './types';

export const OLD_REDDIT_POST_URL = 'https://old.reddit.com/r/AskNYC/comments/1j9x2ab/where_do_you_get_the_best_soup_dumplings_in/';

export const oldRedditRoutes: SiteRoutes = {
  origins: ['https://old.reddit.com'],
  pages: [[/^\/r\/AskNYC\/comments\/1j9x2ab\//, 'old-reddit/comments-page.html']],
};
