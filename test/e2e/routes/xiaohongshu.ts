import type { SiteRoutes } from './types';

export const XHS_NOTE_URL = 'https://www.xiaohongshu.com/explore/6759a1c2000000000102a3b4?xsec_token=ABtest%3D&xsec_source=pc_feed';
export const XHS_FEED_URL = 'https://www.xiaohongshu.com/explore';
/** A note whose body names policy topics and whose comments hold slang and look-alikes. */
export const XHS_POLICY_NOTE_URL = 'https://www.xiaohongshu.com/explore/6762c3d4000000000104d5e6?xsec_token=ABpolicy%3D&xsec_source=pc_feed';
/** A note whose texts carry markup, script URLs, entities and invisible characters (the hostile-input spec). */
export const XHS_HOSTILE_NOTE_URL = 'https://www.xiaohongshu.com/explore/6770e5f6000000000105f7a8?xsec_token=ABhostile%3D&xsec_source=pc_feed';
/** Moderator mode: several policy topics, an IP label that disagrees with a claimed place, the same ad from two accounts. */
export const XHS_MODERATION_NOTE_URL = 'https://www.xiaohongshu.com/explore/6780a1b2000000000106c7d8?xsec_token=ABmod%3D&xsec_source=pc_feed';
/** 2,000 cards in a recycling, re-rendering virtual list. */
export const XHS_STRESS_FEED_URL = 'https://www.xiaohongshu.com/explore?channel_id=stress';

export const xiaohongshuRoutes: SiteRoutes = {
  origins: ['https://www.xiaohongshu.com'],
  pages: [
    [/^\/explore\/6759a1c2000000000102a3b4(\?|$)/, 'xiaohongshu/note-page.html'],
    [/^\/explore\/6785dbeb0000000018012f7c(\?|$)/, 'xiaohongshu/real-note-2025-01.html'],
    [/^\/explore\/6762c3d4000000000104d5e6(\?|$)/, 'xiaohongshu/note-policy-page.html'],
    [/^\/explore\/6770e5f6000000000105f7a8(\?|$)/, 'xiaohongshu/hostile-note.html'],
    [/^\/explore\/6780a1b2000000000106c7d8(\?|$)/, 'xiaohongshu/moderation-note.html'],
    [/^\/explore\?channel_id=stress$/, 'xiaohongshu/stress-feed.html'],
    [/^\/explore\/?(\?|$)/, 'xiaohongshu/explore-feed.html'],
  ],
};
