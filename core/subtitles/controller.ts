import type { i18n as I18n } from 'i18next';
import type { ClientResult, TranslationClient } from '../annotator/translation-client';
import { renderNoteChips } from '../annotator/note-chips';
import { noteLabelsFor } from '../annotator/note-labels';
import { langAttribute } from '../i18n/language';
import type { TargetLanguage } from '../languages';
import { buildLines, lineAt, nextBoundary } from './sentences';
import type { SubtitlePrefs } from './prefs';
import type { CaptionTrack, SubtitleLine } from './types';
import type { VideoSite } from './video-sites';
import { CONTROL_CSS, OVERLAY_CSS } from './overlay-style';

export type SubtitleStatus = 'off' | 'waiting' | 'none' | 'unsupported' | 'translating' | 'ready' | 'error';

export interface SubtitleControllerOptions {
  doc: Document;
  site: VideoSite;
  client: TranslationClient;
  i18n: I18n;
  target: TargetLanguage;
  prefs: SubtitlePrefs;
  /** The reader switched subtitles on or off, or changed the display, from the player control. */
  savePrefs: (update: Partial<SubtitlePrefs>) => void;
  /** Ask the site's source for the current video's track (the bridge, or the page's data). */
  requestTrack: () => void;
}

/** What `shown` holds when the overlay must be redrawn whatever the line. */
const STALE = '\u0000stale';

/** Priority is the distance from the play position in seconds. */
const PRIORITY_SCALE = 1 / 1000;
/** Lines translated first, in a message of their own. */
const FIRST_BATCH = 6;

/**
 * Bilingual subtitles on one page's player: keeps the current video's track,
 * translates all its lines ahead in a few large batches (nearest the play
 * position first), and draws the line under the play head, with note chips,
 * inside the player so theatre, fullscreen and mini-player keep it.
 */
export class SubtitleController {
  private track: CaptionTrack | undefined;
  private lines: SubtitleLine[] = [];
  private readonly results = new Map<string, ClientResult>();
  private videoId: string | undefined;
  private status: SubtitleStatus = 'waiting';
  private player: HTMLElement | undefined;
  private video: HTMLVideoElement | undefined;
  private overlay: { host: HTMLElement; lineBox: HTMLElement; original: HTMLElement; translation: HTMLElement; notes: HTMLElement; status: HTMLElement } | undefined;
  private control: { host: HTMLElement; toggle: HTMLButtonElement; mode: HTMLButtonElement } | undefined;
  private shown: string | undefined;
  private frame = 0;
  private boundaryTimer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private readonly listeners = new AbortController();
  private nativeStyle: HTMLStyleElement | undefined;
  /** Watches the player's class: an ad starting or ending changes nothing else Ferry listens to. */
  private adWatch: MutationObserver | undefined;
  /** Main-thread time spent drawing lines, for the benchmark. */
  readonly stats = { cuesDrawn: 0, drawMs: 0, firstTranslatedAt: 0 };

  constructor(private readonly options: SubtitleControllerOptions) {}

  get currentStatus(): SubtitleStatus {
    return this.options.prefs.enabled ? this.status : 'off';
  }

  /** Finds (or re-finds) the player; returns false while the page has none yet. */
  attach(): boolean {
    const { doc, site } = this.options;
    const player = doc.querySelector<HTMLElement>(site.player) ?? doc.querySelector('video')?.parentElement ?? undefined;
    const video = player?.querySelector<HTMLVideoElement>(site.video) ?? undefined;
    if (!player || !video) return false;
    if (player === this.player && video === this.video && this.overlay?.host.isConnected) return true;
    this.detachDom();
    this.player = player;
    this.video = video;
    this.buildOverlay(player);
    this.buildControl(player);
    const signal = this.listeners.signal;
    for (const type of ['play', 'playing', 'seeked', 'seeking', 'ratechange', 'timeupdate', 'pause']) video.addEventListener(type, () => this.tick(), { signal });
    // A new source in the same element: the old video's track goes at once.
    video.addEventListener('emptied', () => this.videoChanged(), { signal });
    if (this.options.site.ad) {
      this.adWatch = new MutationObserver(() => this.tick());
      this.adWatch.observe(player, { attributes: true, attributeFilter: ['class'] });
    }
    this.applyPrefs();
    this.tick();
    return true;
  }

  setPrefs(prefs: SubtitlePrefs): void {
    const wasEnabled = this.options.prefs.enabled;
    this.options.prefs = prefs;
    this.applyPrefs();
    if (prefs.enabled && !wasEnabled) {
      if (this.lines.length) this.translateAhead();
      else this.options.requestTrack();
    }
    this.tick();
  }

  setTarget(target: TargetLanguage): void {
    if (target === this.options.target) return;
    this.options.target = target;
    this.results.clear();
    this.shown = STALE;
    if (this.lines.length && this.options.prefs.enabled) this.translateAhead();
  }

  /** The page moved to another video (in-page navigation or a new source): nothing of the old one stays. */
  videoChanged(videoId = this.options.site.videoId(new URL(this.options.doc.location.href))): void {
    if (videoId === this.videoId && this.track) return;
    this.videoId = videoId;
    this.track = undefined;
    this.lines = [];
    this.results.clear();
    this.shown = STALE;
    this.generation++;
    this.setStatus(this.options.site.source === 'none' ? 'unsupported' : 'waiting');
    this.draw(undefined);
    if (this.options.prefs.enabled) this.options.requestTrack();
  }

  get currentVideoId(): string | undefined {
    return this.videoId;
  }

  /** The site says this video has no captions. */
  noCaptions(videoId: string | undefined): void {
    if (videoId !== undefined && videoId !== this.videoId) return;
    if (!this.track) this.setStatus(this.options.site.source === 'none' ? 'unsupported' : 'none');
  }

  setTrack(track: CaptionTrack): void {
    if (track.videoId !== this.videoId) return;
    this.track = track;
    this.lines = buildLines(track.cues);
    this.results.clear();
    this.shown = STALE;
    this.generation++;
    if (!this.lines.length) return this.setStatus('none');
    this.setStatus('translating');
    if (this.options.prefs.enabled) this.translateAhead();
    this.tick();
  }

  /**
   * Every line of the track, nearest the play position first: the few lines
   * about to be shown go in a small message of their own so the first line is
   * quick, and the rest follow in as few large messages as the protocol allows.
   */
  private translateAhead(): void {
    const generation = this.generation;
    const now = (this.video?.currentTime ?? 0) * 1000;
    const target = this.options.target;
    const distance = (line: SubtitleLine) => (line.end < now ? (now - line.end) * 2 : Math.max(0, line.start - now));
    const waiting = this.lines.filter((line) => !this.results.has(line.id)).sort((a, b) => distance(a) - distance(b));
    if (!waiting.length) return this.setStatus('ready');
    let pending = waiting.length;
    const send = (lines: SubtitleLine[]) => {
      for (const line of lines) {
        void this.options.client.translate(line.text, target, Math.round(distance(line) * PRIORITY_SCALE)).then((result) => {
          if (generation !== this.generation || target !== this.options.target) return;
          this.results.set(line.id, result);
          if (result.status !== 'error' && !this.stats.firstTranslatedAt) this.stats.firstTranslatedAt = performance.now();
          if (--pending === 0) this.setStatus([...this.results.values()].every((r) => r.status === 'error') ? 'error' : 'ready');
          if (this.shown === line.id || this.shown === `${line.id}:pending`) this.shown = STALE;
          this.tick();
        });
      }
    };
    send(waiting.slice(0, FIRST_BATCH));
    const rest = waiting.slice(FIRST_BATCH);
    // The next task, so the client sends the first lines in a message of their own.
    if (rest.length) setTimeout(() => generation === this.generation && send(rest), 0);
  }

  /**
   * A timer for the next line start or end: animation frames alone can come
   * 50–100 ms apart on a busy machine, so lines would appear late.
   */
  private scheduleBoundary(): void {
    clearTimeout(this.boundaryTimer);
    const video = this.video;
    if (!video || video.paused || video.ended || !this.options.prefs.enabled || !this.lines.length) return;
    const now = video.currentTime * 1000;
    const next = nextBoundary(this.lines, now);
    if (next === undefined) return;
    const rate = video.playbackRate > 0 ? video.playbackRate : 1;
    this.boundaryTimer = setTimeout(() => {
      this.render();
      this.scheduleBoundary();
    }, Math.max(0, (next - now) / rate + 2));
  }

  /** Draws now (events are tasks of their own), then keeps drawing on every frame while the video plays. */
  private tick(): void {
    this.render();
    this.scheduleBoundary();
    if (this.frame || !this.video || this.video.paused || this.video.ended || !this.options.prefs.enabled) return;
    this.frame = this.options.doc.defaultView?.requestAnimationFrame(() => this.loop()) ?? 0;
  }

  private loop(): void {
    this.frame = 0;
    this.render();
    if (this.video && !this.video.paused && !this.video.ended && this.options.prefs.enabled) this.frame = this.options.doc.defaultView?.requestAnimationFrame(() => this.loop()) ?? 0;
  }

  private render(): void {
    const video = this.video;
    if (!video || !this.options.prefs.enabled || (this.player && this.options.site.ad && this.player.matches(this.options.site.ad))) {
      this.draw(undefined);
      return;
    }
    this.draw(lineAt(this.lines, video.currentTime * 1000));
  }

  private draw(line: SubtitleLine | undefined): void {
    const overlay = this.overlay;
    if (!overlay) return;
    const result = line ? this.results.get(line.id) : undefined;
    const key = line ? (result ? line.id : `${line.id}:pending`) : undefined;
    if (key === this.shown) return;
    const started = performance.now();
    this.shown = key;
    if (!line) {
      overlay.lineBox.hidden = true;
      overlay.lineBox.removeAttribute('data-line-id');
      overlay.original.textContent = '';
      overlay.translation.textContent = '';
      overlay.notes.replaceChildren();
      return;
    }
    const doc = this.options.doc;
    overlay.lineBox.hidden = false;
    overlay.lineBox.setAttribute('data-line-id', line.id);
    overlay.lineBox.setAttribute('data-status', result?.status ?? 'pending');
    overlay.original.textContent = line.text;
    const originalLang = this.track?.language.replace(/^ai-/, '').replace(/^(cmn|zho?)(-Hans)?(-.*)?$/, 'zh') ?? '';
    if (overlay.original.lang !== originalLang) overlay.original.lang = originalLang;
    const targetLang = langAttribute(this.options.target);
    if (overlay.translation.lang !== targetLang) overlay.translation.lang = targetLang;
    overlay.translation.textContent = result?.status === 'done' ? result.translation : '';
    const notes = result && result.status !== 'error' ? (result.notes ?? []) : [];
    overlay.notes.replaceChildren(...(notes.length ? [renderNoteChips(doc, notes, noteLabelsFor(this.options.i18n), `ferry-sub-${line.start}`)] : []));
    this.stats.cuesDrawn++;
    this.stats.drawMs += performance.now() - started;
  }

  private setStatus(status: SubtitleStatus): void {
    this.status = status;
    this.refreshLabels();
  }

  refreshLabels(): void {
    const t = this.options.i18n.t;
    const status = this.currentStatus;
    if (this.overlay) {
      const message = status === 'none' ? t('content:subtitles.status.none') : status === 'unsupported' ? t('content:subtitles.status.unsupported') : status === 'error' ? t('content:subtitles.status.error') : '';
      this.overlay.status.textContent = message;
      this.overlay.host.setAttribute('data-status', status);
    }
    if (this.control) {
      const on = this.options.prefs.enabled;
      this.control.toggle.setAttribute('aria-pressed', String(on));
      this.control.toggle.textContent = t('content:subtitles.button');
      const state = on ? t(`content:subtitles.state.${status}`) : t('content:subtitles.state.off');
      this.control.toggle.title = `${t('content:subtitles.toggle')}: ${state}`;
      this.control.toggle.setAttribute('aria-label', `${t('content:subtitles.toggle')}: ${state}`);
      this.control.mode.hidden = !on;
      const both = this.options.prefs.display === 'both';
      this.control.mode.textContent = both ? t('content:subtitles.modeBoth') : t('content:subtitles.modeTranslation');
      this.control.mode.title = t('content:subtitles.modeHint');
      this.control.host.setAttribute('data-status', status);
    }
  }

  private applyPrefs(): void {
    const prefs = this.options.prefs;
    if (this.overlay) {
      this.overlay.host.setAttribute('data-display', prefs.display);
      this.overlay.host.setAttribute('data-size', prefs.size);
      this.overlay.host.setAttribute('data-position', prefs.position);
      this.overlay.host.hidden = !prefs.enabled;
    }
    // The site's own captions (which the bridge may have switched on to get the track) give way to Ferry's.
    if (this.options.site.nativeCaptions) {
      if (prefs.enabled && this.player) {
        this.nativeStyle ??= this.options.doc.createElement('style');
        this.nativeStyle.setAttribute('data-ferry', 'subtitles');
        this.nativeStyle.textContent = `${this.options.site.nativeCaptions} { display: none !important; }`;
        if (!this.nativeStyle.isConnected) (this.options.doc.head ?? this.options.doc.documentElement).append(this.nativeStyle);
      } else this.nativeStyle?.remove();
    }
    this.refreshLabels();
  }

  private buildOverlay(player: HTMLElement): void {
    const doc = this.options.doc;
    const host = doc.createElement('ferry-subtitles');
    host.setAttribute('data-ferry', 'subtitles');
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    const stage = doc.createElement('div');
    stage.className = 'stage';
    const status = doc.createElement('div');
    status.className = 'status';
    status.setAttribute('role', 'status');
    const lineBox = doc.createElement('div');
    lineBox.className = 'line';
    lineBox.hidden = true;
    lineBox.setAttribute('aria-live', 'off');
    const original = doc.createElement('span');
    original.className = 'original';
    const translation = doc.createElement('span');
    translation.className = 'translation';
    const notes = doc.createElement('div');
    // A chip opens its note card and pauses the video, so the reader can read it.
    notes.addEventListener('click', (event) => {
      if ((event.target as Element | null)?.closest?.('button.chip')) this.video?.pause();
    });
    lineBox.append(original, translation, notes);
    stage.append(status, lineBox);
    root.append(style, stage);
    // The player is positioned on every site Ferry supports; one that is not gets a containing block.
    if (doc.defaultView?.getComputedStyle(player).position === 'static') player.style.position = 'relative';
    player.append(host);
    this.overlay = { host, lineBox, original, translation, notes, status };
  }

  private buildControl(player: HTMLElement): void {
    const doc = this.options.doc;
    const bar = this.options.site.controlBar ? player.querySelector<HTMLElement>(this.options.site.controlBar) : null;
    const host = doc.createElement('ferry-subtitles-control');
    host.setAttribute('data-ferry', 'subtitles-control');
    if (!bar) host.setAttribute('data-floating', '');
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CONTROL_CSS;
    const group = doc.createElement('div');
    group.className = 'group';
    const toggle = doc.createElement('button');
    toggle.type = 'button';
    toggle.className = 'toggle';
    toggle.addEventListener('click', () => this.options.savePrefs({ enabled: !this.options.prefs.enabled }));
    const mode = doc.createElement('button');
    mode.type = 'button';
    mode.className = 'mode';
    mode.addEventListener('click', () => this.options.savePrefs({ display: this.options.prefs.display === 'both' ? 'translation-only' : 'both' }));
    // The player's own shortcuts (space, arrows, f, c) must not fire while Ferry's buttons have focus.
    group.addEventListener('keydown', (event) => event.stopPropagation());
    group.append(toggle, mode);
    root.append(style, group);
    if (bar) bar.prepend(host);
    else player.append(host);
    this.control = { host, toggle, mode };
  }

  private detachDom(): void {
    this.adWatch?.disconnect();
    this.adWatch = undefined;
    this.overlay?.host.remove();
    this.control?.host.remove();
    this.overlay = undefined;
    this.control = undefined;
    this.shown = STALE;
  }

  stop(): void {
    this.listeners.abort();
    clearTimeout(this.boundaryTimer);
    if (this.frame) this.options.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.detachDom();
    this.nativeStyle?.remove();
  }
}
