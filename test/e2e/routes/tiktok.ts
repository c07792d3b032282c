import type { SiteRoutes } from './types';

export const TIKTOK_VIDEO_URL = 'https://www.tiktok.com/@trailcook.mia/video/7412583690123456789?is_from_webapp=1&sender_device=pc';

export const tiktokRoutes: SiteRoutes = {
  origins: ['https://www.tiktok.com'],
  // One page for every video: its script renders the video the path names.
  pages: [[/^\/@[\w.-]+\/video\/\d+(\?|$)/, 'tiktok/video-page.html']],
};
