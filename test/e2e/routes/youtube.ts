import type { SiteRoutes } from './types';

export const YOUTUBE_WATCH_URL = 'https://www.youtube.com/watch?v=Vb1cKq9xT0A';

export const youtubeRoutes: SiteRoutes = {
  origins: ['https://www.youtube.com'],
  // Navigation to the second video is in-page (pushState), so only the first is served.
  pages: [[/^\/watch\?v=Vb1cKq9xT0A(&|$)/, 'youtube/watch-page.html']],
};
