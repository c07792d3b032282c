/**
 * Where each video site keeps its player, its <video>, its control bar and its
 * ad state. Data only; the subtitle controller does the rest.
 */
export type VideoSiteId = 'youtube' | 'bilibili' | 'tiktok' | 'douyin';

export interface VideoSite {
  id: VideoSiteId;
  /** Where captions come from: the main-world bridge, the page's embedded data, or nowhere Ferry can read. */
  source: 'bridge' | 'page-data' | 'none';
  /** The element that holds the video and goes fullscreen; the overlay lives inside it. */
  player: string;
  video: string;
  controlBar?: string;
  /** Set on the player while an ad plays in the same <video>. */
  ad?: string;
  /** The site's own caption box, hidden while Ferry's subtitles are on. */
  nativeCaptions?: string;
  /** The id of the video the page shows now; a change clears the track. */
  videoId(url: URL): string | undefined;
}

export const VIDEO_SITES: VideoSite[] = [
  {
    id: 'youtube',
    source: 'bridge',
    player: '#movie_player, .html5-video-player',
    video: 'video.html5-main-video, video',
    controlBar: '.ytp-right-controls',
    ad: '.ad-showing, .ad-interrupting',
    nativeCaptions: '.ytp-caption-window-container',
    videoId: (url) => url.searchParams.get('v') ?? /^\/shorts\/([\w-]+)/.exec(url.pathname)?.[1],
  },
  {
    id: 'bilibili',
    source: 'bridge',
    player: '.bpx-player-container, #bilibili-player',
    video: '.bpx-player-video-wrap video, video',
    controlBar: '.bpx-player-control-bottom-right',
    nativeCaptions: '.bpx-player-subtitle-wrap',
    videoId: (url) => {
      const bvid = /^\/video\/(BV\w+|av\d+)/.exec(url.pathname)?.[1];
      return bvid ? `${bvid}:${url.searchParams.get('p') ?? '1'}` : undefined;
    },
  },
  {
    id: 'tiktok',
    source: 'page-data',
    player: '[data-e2e="browse-video"], [class*="DivVideoContainer"], [class*="DivPlayerContainer"]',
    video: 'video',
    videoId: (url) => /\/video\/(\d+)/.exec(url.pathname)?.[1],
  },
  {
    id: 'douyin',
    source: 'none',
    player: 'xg-video-container, .xgplayer, [data-e2e="feed-active-video"]',
    video: 'video',
    controlBar: 'xg-right-grid, .xgplayer-controls',
    videoId: (url) => /\/video\/(\d+)/.exec(url.pathname)?.[1] ?? url.searchParams.get('modal_id') ?? undefined,
  },
];

const HOSTS: Record<VideoSiteId, RegExp> = {
  youtube: /^(www|m)\.youtube\.com$/,
  bilibili: /^www\.bilibili\.com$/,
  tiktok: /^www\.tiktok\.com$/,
  douyin: /^www\.douyin\.com$/,
};

export function videoSiteFor(url: URL): VideoSite | undefined {
  return VIDEO_SITES.find((site) => HOSTS[site.id].test(url.hostname));
}

export const VIDEO_SITE_MATCHES = ['*://www.youtube.com/*', '*://m.youtube.com/*', '*://www.bilibili.com/*', '*://www.tiktok.com/*', '*://www.douyin.com/*'];
