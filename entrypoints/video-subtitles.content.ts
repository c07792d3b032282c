import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { TranslationClient } from '@/core/annotator/translation-client';
import { createI18n } from '@/core/i18n/create-i18n';
import { resolveTargetLanguage, resolveUiLanguage } from '@/core/i18n/language';
import { contentResources } from '@/core/i18n/resources';
import { sendMessage } from '@/core/messaging/client';
import { loadSettings, watchSettings } from '@/core/settings/items';
import { readBridgeDetail, SUBTITLES_EVENT, SUBTITLES_REQUEST_EVENT } from '@/core/subtitles/bridge-messages';
import { chooseBilibiliTrack, parseBilibiliSubtitle } from '@/core/subtitles/bilibili';
import { SubtitleController } from '@/core/subtitles/controller';
import { loadSubtitlePrefs, saveSubtitlePrefs, watchSubtitlePrefs } from '@/core/subtitles/prefs';
import { tiktokTracks } from '@/core/subtitles/tiktok';
import { VIDEO_SITE_MATCHES, videoSiteFor } from '@/core/subtitles/video-sites';
import { parseWebVtt } from '@/core/subtitles/webvtt';

/** Subtitle files are small; anything bigger is not one. */
const MAX_FILE_BYTES = 5_000_000;

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { credentials: 'omit' });
    if (!response.ok) return undefined;
    const text = await response.text();
    return text.length <= MAX_FILE_BYTES ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Bilingual subtitles on the players of YouTube, Bilibili, TikTok and Douyin.
 * Kept apart from the post annotator: it has its own overlay and control in
 * the player, and shares only the translation message (and so the cache and
 * the knowledge notes) with it.
 */
export default defineContentScript({
  matches: VIDEO_SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const site = videoSiteFor(new URL(location.href));
    if (!site) return;
    const browserLocale = browser.i18n.getUILanguage();
    const [settings, prefs] = await Promise.all([loadSettings(), loadSubtitlePrefs()]);
    if (ctx.isInvalid) return;
    let active = settings.enabled && !settings.disabledSites.includes(site.id);
    const i18n = createI18n(resolveUiLanguage(settings.uiLanguage, browserLocale), contentResources, ['content', 'common']);
    const client = new TranslationClient((segments, targetLanguage) => sendMessage('translate', { segments, targetLanguage }));

    // Bilibili: a list replayed from before a navigation belongs to the old video.
    let usedCid: number | undefined;
    let staleCid: number | undefined;

    const requestTrack = () => {
      if (site.source === 'bridge') document.dispatchEvent(new CustomEvent(SUBTITLES_REQUEST_EVENT));
      else if (site.source === 'page-data') void readPageData();
      else controller.noCaptions(undefined);
    };

    const controller = new SubtitleController({
      doc: document,
      site,
      client,
      i18n,
      target: resolveTargetLanguage(settings.targetLanguage, browserLocale),
      prefs: { ...prefs, enabled: prefs.enabled && active },
      savePrefs: (update) => void saveSubtitlePrefs(update),
      requestTrack,
    });

    async function readPageData() {
      const videoId = controller.currentVideoId;
      const script = document.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__');
      let found: ReturnType<typeof tiktokTracks>;
      try {
        found = script?.textContent ? tiktokTracks(JSON.parse(script.textContent)) : undefined;
      } catch {
        found = undefined;
      }
      const track = found && (!videoId || found.videoId === videoId) ? found.tracks[0] : undefined;
      if (!track) return controller.noCaptions(videoId);
      const text = await fetchText(track.url);
      const cues = text ? parseWebVtt(text) : [];
      if (!cues.length) return controller.noCaptions(videoId);
      controller.setTrack({ videoId: videoId ?? track.videoId, language: track.language, automatic: track.automatic, cues });
    }

    ctx.addEventListener(document, SUBTITLES_EVENT as keyof DocumentEventMap, (event) => {
      const message = readBridgeDetail((event as CustomEvent<unknown>).detail);
      if (!message) return;
      if (message.kind === 'youtube-track' && site.id === 'youtube') {
        controller.setTrack({ videoId: message.videoId, language: message.language, automatic: message.automatic, cues: message.cues });
      } else if (message.kind === 'youtube-tracks' && site.id === 'youtube') {
        if (message.count === 0) controller.noCaptions(message.videoId);
      } else if (message.kind === 'bilibili-tracks' && site.id === 'bilibili') {
        if (message.cid !== undefined && message.cid === staleCid) return;
        const videoId = controller.currentVideoId;
        const chosen = chooseBilibiliTrack(message.tracks);
        if (!chosen) return controller.noCaptions(videoId);
        void fetchText(chosen.url).then((text) => {
          let cues: ReturnType<typeof parseBilibiliSubtitle> = [];
          try {
            cues = text ? parseBilibiliSubtitle(JSON.parse(text)) : [];
          } catch {
            cues = [];
          }
          if (videoId !== controller.currentVideoId) return;
          if (!cues.length) return controller.noCaptions(videoId);
          usedCid = message.cid;
          controller.setTrack({ videoId: videoId ?? '', language: chosen.lan, automatic: chosen.automatic, cues });
        });
      }
    });

    // The player appears (and may be rebuilt) after the page loads.
    let scheduled = false;
    const attach = () => {
      scheduled = false;
      if (!active) return;
      const videoId = site.videoId(new URL(location.href));
      if (controller.attach() && (videoId !== controller.currentVideoId || controller.currentStatus === 'waiting')) {
        if (videoId !== controller.currentVideoId) {
          staleCid = usedCid;
          controller.videoChanged(videoId);
        }
      }
    };
    const observer = new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      setTimeout(attach, 150);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    attach();
    ctx.addEventListener(window, 'wxt:locationchange', () => attach());

    const unwatchPrefs = watchSubtitlePrefs((next) => controller.setPrefs({ ...next, enabled: next.enabled && active }));
    const unwatchSettings = watchSettings((next) => {
      const wasActive = active;
      active = next.enabled && !next.disabledSites.includes(site.id);
      controller.setTarget(resolveTargetLanguage(next.targetLanguage, browserLocale));
      if (active !== wasActive) void loadSubtitlePrefs().then((current) => controller.setPrefs({ ...current, enabled: current.enabled && active }));
      if (active && !wasActive) attach();
      void i18n.changeLanguage(resolveUiLanguage(next.uiLanguage, browserLocale)).then(() => controller.refreshLabels());
    });
    ctx.onInvalidated(() => {
      observer.disconnect();
      controller.stop();
      try {
        unwatchPrefs();
        unwatchSettings();
      } catch {
        // The storage API went with the old extension context.
      }
    });
  },
});
