import { defineContentScript } from 'wxt/utils/define-content-script';
import { bridgeMessageSchema, MAX_BRIDGED_CUES, SUBTITLES_EVENT, SUBTITLES_REQUEST_EVENT, type BridgeMessage } from '@/core/subtitles/bridge-messages';
import { parseBilibiliPlayer } from '@/core/subtitles/bilibili';
import { parseJson3, timedtextRequest } from '@/core/subtitles/youtube-json3';

const BILIBILI_PLAYER_API = /^https:\/\/api\.bilibili\.com\/x\/player\/(wbi\/)?v2\?/;

interface YoutubePlayer extends HTMLElement {
  getPlayerResponse?: () => { captions?: { playerCaptionsTracklistRenderer?: { captionTracks?: unknown[] } }; videoDetails?: { videoId?: string } } | undefined;
}

/**
 * Runs in the page's own world on YouTube and Bilibili. YouTube answers a
 * caption request without its proof-of-origin token with an empty body, so
 * Ferry never asks itself: this script reads the answers the players' own
 * requests get (timedtext on YouTube, the player API's subtitle list on
 * Bilibili), validates them, and passes only cue data and subtitle-file URLs to
 * the content script, as JSON strings in DOM events. It reads nothing from Ferry.
 */
export default defineContentScript({
  matches: ['*://www.youtube.com/*', '*://m.youtube.com/*', '*://www.bilibili.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  // Firefox's MV2 build has no main-world content scripts; subtitles there say they cannot read captions.
  exclude: ['firefox'],
  main() {
    // The latest of each kind, told again when the content script (which starts later) asks.
    const latest = new Map<BridgeMessage['kind'], BridgeMessage>();
    const post = (message: BridgeMessage) => {
      const checked = bridgeMessageSchema.safeParse(message);
      if (!checked.success) return;
      latest.set(checked.data.kind, checked.data);
      document.dispatchEvent(new CustomEvent(SUBTITLES_EVENT, { detail: JSON.stringify(checked.data) }));
    };

    const observe = (url: string, body: string) => {
      if (!body) return;
      const timedtext = timedtextRequest(url);
      if (timedtext) {
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          return;
        }
        const cues = parseJson3(json).slice(0, MAX_BRIDGED_CUES);
        post({ kind: 'youtube-track', ...timedtext, cues });
        return;
      }
      if (BILIBILI_PLAYER_API.test(url)) {
        try {
          const player = parseBilibiliPlayer(JSON.parse(body));
          if (player) post({ kind: 'bilibili-tracks', cid: player.cid, tracks: player.tracks });
        } catch {
          // Not JSON: not the player's answer.
        }
      }
    };
    const interesting = (url: string) => url.includes('/api/timedtext') || BILIBILI_PLAYER_API.test(url);

    const originalFetch = window.fetch;
    window.fetch = async function (this: unknown, ...args: Parameters<typeof fetch>) {
      const response = await originalFetch.apply(this, args);
      try {
        const url = response.url || (args[0] instanceof Request ? args[0].url : String(args[0]));
        if (interesting(url)) void response.clone().text().then((body) => observe(url, body), () => undefined);
      } catch {
        // Observing must never break the page's request.
      }
      return response;
    };

    const open = XMLHttpRequest.prototype.open;
    const send = XMLHttpRequest.prototype.send;
    const urls = new WeakMap<XMLHttpRequest, string>();
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      urls.set(this, new URL(String(url), location.href).href);
      return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
    } as typeof XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      const url = urls.get(this);
      if (url && interesting(url)) {
        this.addEventListener('load', () => {
          try {
            if (this.responseType === '' || this.responseType === 'text') observe(this.responseURL || url, this.responseText);
          } catch {
            // A response the page reads some other way: nothing to observe.
          }
        });
      }
      return send.call(this, body);
    };

    document.addEventListener(SUBTITLES_REQUEST_EVENT, () => {
      const player = document.querySelector<YoutubePlayer>('#movie_player');
      if (player) {
        const response = player.getPlayerResponse?.();
        const videoId = response?.videoDetails?.videoId ?? new URL(location.href).searchParams.get('v') ?? '';
        const count = response?.captions?.playerCaptionsTracklistRenderer?.captionTracks?.length ?? 0;
        if (response) post({ kind: 'youtube-tracks', videoId, count: Math.min(count, 200) });
        const track = latest.get('youtube-track');
        // No track loaded for this video yet: the player's own caption button makes the player request it, with its token.
        if (count > 0 && (track?.kind !== 'youtube-track' || track.videoId !== videoId)) {
          const button = player.querySelector<HTMLElement>('.ytp-subtitles-button[aria-pressed="false"]');
          button?.click();
        }
      }
      for (const message of latest.values()) document.dispatchEvent(new CustomEvent(SUBTITLES_EVENT, { detail: JSON.stringify(message) }));
    });
  },
});
