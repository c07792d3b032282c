import type { SiteRoutes } from './types';

export const THREADS_POST_PATH = '/@river.codes/post/C9xYzAbCdEf';
export const THREADS_POST_URL = `https://www.threads.com${THREADS_POST_PATH}`;
export const THREADS_NET_POST_URL = `https://www.threads.net${THREADS_POST_PATH}`;

export const threadsRoutes: SiteRoutes = {
  origins: ['https://www.threads.com', 'https://www.threads.net'],
  // One page for the feed and every post: its script renders the view the path names.
  pages: [[/^\/(@[\w.]+\/post\/[\w-]+)?\/?(\?|$)/, 'threads/post-page.html']],
};
