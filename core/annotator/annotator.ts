import type { i18n as I18n } from 'i18next';
import type { TargetLanguage } from '../languages';
import { answerLanguage } from './answer-language';
import { isFerryNode } from '../sites/text';
import type { PostPart, PostRecord, SiteAdapter } from '../sites/types';
import { AnnotationHost, type ExplainControl } from './annotation-host';
import { pageSchemeAt } from './page-scheme';
import { noteLabelsFor } from './note-labels';
import { ViewportTracker } from './viewport';
import type { NoteLabels } from './note-chips';
import type { PageNotice } from './page-notice';
import type { ClientResult, TranslationClient } from './translation-client';

/** Errors no retry fixes: explained once in the page notice, not under every post. */
const FINAL_ERRORS = new Set(['engine-auth', 'engine-quota', 'no-engine', 'model-not-ready', 'extension-reloaded']);

export interface AnnotatorOptions {
  adapter: SiteAdapter;
  doc: Document;
  client: TranslationClient;
  i18n: I18n;
  target: TargetLanguage;
  /** Shows one page-level explanation for errors that are not about a single post. */
  notice?: PageNotice;
  /** Debounce between a DOM change and the rescan it causes. */
  scanDelayMs?: number;
  /** 'translation-only' hides the original under each translation and shows it in the card on hover. */
  display?: DisplayMode;
  /** "Explain this post" on translated cards, when an LLM engine is set up. */
  explain?: (post: { text: string; translation: string }) => ExplainControl;
  /** Card text size and colours; the default follows the page's own light or dark look. */
  appearance?: Appearance;
}

export type DisplayMode = 'both' | 'translation-only';
export interface Appearance {
  fontSize: 'small' | 'medium' | 'large';
  theme: 'page' | 'light' | 'dark';
}

/**
 * Keeps exactly one annotation per post part next to the right element.
 *
 * Annotations are keyed by the site's content id, not by element: after a
 * re-render, a recycled row or a reused modal, each scan re-finds the posts,
 * keeps a host that still sits after its anchor with the same id and text,
 * and removes every other host. The scan is therefore idempotent: running it
 * twice changes nothing.
 */
export class Annotator {
  private readonly hosts = new Map<string, AnnotationHost>();
  private observer?: MutationObserver;
  /** One per open shadow root the adapter reads: mutations inside a shadow root do not reach `observer`. */
  private readonly shadowObservers = new Map<ShadowRoot, MutationObserver>();
  /** Only posts on or near the screen are translated; absent where IntersectionObserver is not available. */
  private viewport?: ViewportTracker;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private target: TargetLanguage;
  private display: DisplayMode;
  private appearance: Appearance;
  /** The site's element holding each annotation's original text. */
  private readonly sources = new WeakMap<AnnotationHost, Element>();
  /** The last answer per annotation, so a display change redraws without asking again. */
  private readonly results = new WeakMap<AnnotationHost, ClientResult>();
  private stopped = true;
  scans = 0;

  constructor(private readonly options: AnnotatorOptions) {
    this.target = options.target;
    this.display = options.display ?? 'both';
    this.appearance = options.appearance ?? { fontSize: 'medium', theme: 'page' };
  }

  private explainAvailable = false;

  /** Shows or hides the Explain button on every translated card. */
  setExplainAvailable(available: boolean): void {
    if (available === this.explainAvailable) return;
    this.explainAvailable = available;
    for (const host of this.hosts.values()) {
      const result = this.results.get(host);
      if (result?.status === 'done') this.show(host, result);
    }
  }

  setAppearance(appearance: Appearance): void {
    this.appearance = appearance;
    for (const [, host] of this.hosts) {
      const source = this.sources.get(host);
      if (source) this.applyAppearance(host, source);
    }
  }

  private applyAppearance(host: AnnotationHost, anchor: Element): void {
    host.element.setAttribute('data-ferry-scheme', this.appearance.theme === 'page' ? pageSchemeAt(anchor) : this.appearance.theme);
    host.element.setAttribute('data-ferry-font-size', this.appearance.fontSize);
  }

  setDisplay(display: DisplayMode): void {
    if (display === this.display) return;
    this.display = display;
    for (const host of this.hosts.values()) {
      const result = this.results.get(host);
      if (result) this.show(host, result);
    }
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const doc = this.options.doc;
    this.observer = new MutationObserver(this.onMutations);
    this.observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    if (ViewportTracker.supported(doc.defaultView ?? undefined)) this.viewport = new ViewportTracker(() => this.scheduleScan());
    this.scan();
  }

  /** Removes every annotation and stops watching; the page is left as it was. */
  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = undefined;
    for (const observer of this.shadowObservers.values()) observer.disconnect();
    this.shadowObservers.clear();
    this.viewport?.disconnect();
    this.viewport = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const host of this.hosts.values()) host.detach();
    this.hosts.clear();
    this.options.notice?.clear();
  }

  setTarget(target: TargetLanguage): void {
    if (target === this.target) return;
    this.target = target;
    this.options.client.reset();
    for (const host of this.hosts.values()) host.detach();
    this.hosts.clear();
    if (!this.stopped) this.scan();
  }

  /** Re-renders every annotation's words, e.g. after the UI language changed. */
  refreshLabels(): void {
    for (const host of this.hosts.values()) if (host.status !== 'done') this.request(host);
    this.scan();
  }

  /**
   * Asks again for every post, e.g. after the note settings changed: notes are
   * chosen in the background, and the translations come back from its cache.
   */
  refreshNotes(): void {
    this.options.client.reset();
    for (const host of this.hosts.values()) this.request(host);
  }

  scheduleScan(): void {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      // The scan reads styles; after the page's next frame they are up to date, so
      // Ferry never forces the page's own style and layout work into its task.
      const view = this.options.doc.defaultView;
      if (typeof view?.requestAnimationFrame !== 'function') {
        this.timer = undefined;
        return this.scan();
      }
      view.requestAnimationFrame(() => {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.scan();
        }, 0);
      });
    }, this.options.scanDelayMs ?? 30);
  }

  scan(): void {
    if (this.stopped) return;
    this.scans++;
    const { adapter, doc } = this.options;
    this.observeShadowRoots();
    const url = new URL(doc.location.href);
    const scrollRoot = adapter.scrollRoot?.(doc) ?? null;
    const wanted = new Set<string>();
    for (const post of adapter.findPosts(doc, url)) {
      for (const part of post.parts) {
        const key = annotationKey(post, part);
        if (wanted.has(key)) continue; // The site rendered the same post twice: annotate the first.
        const away = this.viewport ? this.viewport.watch(part.anchor, scrollRoot) : 0;
        const existing = this.hosts.get(key);
        // Far from the screen: nothing to draw yet; a translation already shown stays.
        if (away === undefined || away === Infinity) {
          if (existing?.status === 'done' && existing.element.isConnected && existing.element === part.anchor.nextElementSibling) wanted.add(key);
          continue;
        }
        wanted.add(key);
        this.ensure(key, post, part, away);
      }
    }
    for (const [key, host] of this.hosts) {
      if (!wanted.has(key)) {
        // A post that left before its translation came: stop asking for it.
        if (host.status === 'pending') this.options.client.cancel(host.sourceText, this.target);
        host.detach();
        this.hosts.delete(key);
      }
    }
    // Hosts we no longer track (left behind by a re-render that moved nodes) go too.
    const roots: ParentNode[] = [doc, ...this.shadowObservers.keys()];
    for (const stray of roots.flatMap((root) => [...root.querySelectorAll('[data-ferry="annotation"][data-ferry-kind="translation"]')])) {
      const key = stray.getAttribute('data-ferry-key');
      if (!key || this.hosts.get(key)?.element !== stray) stray.remove();
    }
  }

  private readonly onMutations = (records: MutationRecord[]): void => {
    if (records.some((record) => !isOwnMutation(record))) this.scheduleScan();
  };

  /** Watches the open shadow roots the adapter points to; observers of roots it no longer returns are dropped. */
  private observeShadowRoots(): void {
    const roots = new Set(this.options.adapter.shadowRoots?.(this.options.doc));
    for (const [root, observer] of this.shadowObservers) {
      if (roots.has(root)) continue;
      observer.disconnect();
      this.shadowObservers.delete(root);
    }
    for (const root of roots) {
      if (this.shadowObservers.has(root)) continue;
      const observer = new MutationObserver(this.onMutations);
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      this.shadowObservers.set(root, observer);
    }
  }

  private ensure(key: string, post: PostRecord, part: PostPart, priority = 0): void {
    const existing = this.hosts.get(key);
    const next = part.anchor.nextElementSibling;
    if (existing && existing.element === next && existing.sourceText === part.text && existing.element.isConnected) return;
    existing?.detach();
    const host = new AnnotationHost(this.options.doc, key, post.id, part.part, part.text);
    host.element.setAttribute('data-ferry-key', key);
    this.applyAppearance(host, part.anchor);
    // A sibling of a slotted element renders only in the same slot (Reddit's titles in shreddit-post).
    if (part.anchor.slot) host.element.slot = part.anchor.slot;
    host.element.setAttribute('data-ferry-post-kind', post.kind);
    part.anchor.after(host.element);
    this.hosts.set(key, host);
    this.sources.set(host, part.source);
    this.request(host, priority);
  }

  private request(host: AnnotationHost, priority = 0): void {
    const { i18n, client } = this.options;
    // While it is asked again, the reader has the original to read.
    host.showOriginal();
    this.results.delete(host);
    host.render({ status: 'pending', label: i18n.t('content:pending') });
    const target = this.target;
    void client.translate(host.sourceText, target, priority).then((result) => {
      // The post may have been re-rendered or the language changed meanwhile.
      if (this.hosts.get(host.key) !== host || target !== this.target) return;
      this.show(host, result);
    });
  }

  private show(host: AnnotationHost, result: ClientResult): void {
    const { i18n } = this.options;
    this.results.set(host, result);
    const source = this.sources.get(host);
    const translationOnly = this.display === 'translation-only' && result.status === 'done' && source !== undefined;
    if (translationOnly) host.hideOriginal(source);
    else host.showOriginal();
    if (result.status === 'skipped') {
      // Already in the reader's language: nothing to add but notes (for moderators).
      if (result.notes?.length) host.render({ status: 'notes', notes: result.notes, noteLabels: this.noteLabels() });
      else host.hide('same-language');
      return;
    }
    if (result.status === 'done') {
      const engine = i18n.t(`content:engineShort.${result.engine}` as 'content:engineShort.microsoft-edge', { defaultValue: result.engine });
      host.render({
        status: 'done',
        text: result.translation,
        lang: answerLanguage(result.translation, this.target),
        meta: i18n.t('content:translatedBy', { engine }),
        moreLabel: (hiddenChars) => i18n.t('content:showMore', { count: hiddenChars }),
        notes: result.notes,
        noteLabels: result.notes?.length ? this.noteLabels() : undefined,
        original: translationOnly ? { text: host.sourceText, lang: result.sourceLanguage, label: i18n.t('content:original') } : undefined,
        explain: this.explainAvailable && this.options.explain ? this.options.explain({ text: host.sourceText, translation: result.translation }) : undefined,
      });
      return;
    }
    const explanation = i18n.t(`common:errors.${result.error.code}`);
    const final = FINAL_ERRORS.has(result.error.code) && this.options.notice;
    if (final) this.options.notice!.show(explanation);
    host.render({
      status: 'error',
      message: final ? i18n.t('content:notTranslated') : `${i18n.t('content:errorTitle')} ${explanation}`,
      retryLabel: i18n.t('content:retry'),
      onRetry: () => this.request(host),
    });
  }

  private noteLabels(): NoteLabels {
    return noteLabelsFor(this.options.i18n);
  }

  /** For tests and tools: the annotation keys currently shown. */
  keys(): string[] {
    return [...this.hosts.keys()];
  }
}

/** A feed card and the open note share a content id, so the kind is part of the key. */
export function annotationKey(post: PostRecord, part: PostPart): string {
  return `${post.siteId}:${post.kind}:${post.id}:${part.part}`;
}

function isOwnMutation(record: MutationRecord): boolean {
  if (insideFerry(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => isFerryNode(node));
}

function insideFerry(node: Node): boolean {
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (isFerryNode(current)) return true;
    if (current instanceof ShadowRoot) return isFerryNode(current.host);
  }
  return false;
}
