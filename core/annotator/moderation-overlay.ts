import type { i18n as I18n } from 'i18next';
import type { Note } from '../knowledge/notes';
import { MAX_DECODE_CHARS, type CodedLine } from '../knowledge/coded/messages';
import type { TargetLanguage } from '../languages';
import { levelWording, profileRegions, type ModerationSettings } from '../moderation/jurisdiction';
import { MAX_EXCERPT_CHARS, MAX_TRANSLATION_CHARS, type ReviewItemInput } from '../moderation/review-item';
import { accountSignals, dominantScript, duplicateTextSignals, type Signal } from '../moderation/signals';
import type { PostRecord, SiteAdapter } from '../sites/types';
import { isEditable } from '../sites/text';
import { ModerationHost, type ModerationView } from './moderation-card';
import type { ClientResult, TranslationClient } from './translation-client';

export const HIGHLIGHT_NAME = 'ferry-moderation';

export interface ModerationOverlayOptions {
  adapter: SiteAdapter;
  doc: Document;
  client: TranslationClient;
  i18n: I18n;
  target: () => TargetLanguage;
  settings: () => ModerationSettings;
  /** Files a flagged post in the background's review queue. */
  report: (item: ReviewItemInput) => Promise<unknown>;
  /** Decodes coded language in a post's text (the background's codedDecode); none when absent. */
  decode?: (text: string) => Promise<CodedLine[]>;
}

interface Tracked {
  host: ModerationHost;
  /** The last item sent to the queue, so an unchanged post is not sent again on every rescan. */
  sent?: string;
  failed?: string;
}

/**
 * Moderator mode in a page: one moderation annotation per post and comment,
 * after its translation. It reads the translation the annotator already
 * asked for (the client's memo answers, nothing is translated twice),
 * highlights matched words with the CSS Custom Highlight API (the site's DOM
 * is not touched), and files flagged posts in the review queue.
 */
export class ModerationOverlay {
  private readonly tracked = new Map<string, Tracked>();
  private observer?: MutationObserver;
  /** Translation hosts inside open shadow roots (Bilibili's comments) change where the document observer cannot see. */
  private readonly shadowObservers = new Map<ShadowRoot, MutationObserver>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly ranges = new Map<string, Range[]>();
  private sheet?: CSSStyleSheet;
  private current?: string;
  private running = false;
  private updating = false;
  private again = false;

  constructor(private readonly options: ModerationOverlayOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    const { doc } = this.options;
    this.observer = this.watch(doc.documentElement);
    doc.addEventListener('keydown', this.onKeyDown, true);
    this.installHighlightStyle();
    this.schedule();
  }

  stop(): void {
    this.running = false;
    this.observer?.disconnect();
    this.observer = undefined;
    for (const observer of this.shadowObservers.values()) observer.disconnect();
    this.shadowObservers.clear();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.options.doc.removeEventListener('keydown', this.onKeyDown, true);
    for (const { host } of this.tracked.values()) host.detach();
    this.tracked.clear();
    this.ranges.clear();
    highlights(this.options.doc)?.delete(HIGHLIGHT_NAME);
    if (this.sheet) this.options.doc.adoptedStyleSheets = this.options.doc.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
    this.sheet = undefined;
  }

  /** Redraw everything, e.g. after the jurisdiction profile or UI language changed. */
  refresh(): void {
    for (const tracked of this.tracked.values()) tracked.sent = undefined;
    this.schedule();
  }

  schedule(): void {
    if (!this.running || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.updateOnce();
    }, 60);
  }

  /** Scrolls a post's moderation card into view and focuses it (the side panel's "Go to post"). */
  reveal(postId: string): boolean {
    const tracked = [...this.tracked.values()].find(({ host }) => host.postId === postId && host.element.isConnected);
    if (!tracked) return false;
    this.setCurrent(tracked.host.key);
    return true;
  }

  /** One update at a time; changes during an update get one more pass after it. */
  private async updateOnce(): Promise<void> {
    if (this.updating) {
      this.again = true;
      return;
    }
    this.updating = true;
    try {
      await this.update();
    } finally {
      this.updating = false;
      if (this.again && this.running) {
        this.again = false;
        this.schedule();
      }
    }
  }

  private watch(root: Node): MutationObserver {
    const observer = new MutationObserver((records) => {
      if (records.some((record) => !isOwnMutation(record))) this.schedule();
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-ferry-status'] });
    return observer;
  }

  private observeShadowRoots(): void {
    const roots = new Set(this.options.adapter.shadowRoots?.(this.options.doc));
    for (const [root, observer] of this.shadowObservers) {
      if (roots.has(root)) continue;
      observer.disconnect();
      this.shadowObservers.delete(root);
    }
    for (const root of roots) if (!this.shadowObservers.has(root)) this.shadowObservers.set(root, this.watch(root));
  }

  private async update(): Promise<void> {
    const { adapter, doc } = this.options;
    this.observeShadowRoots();
    const posts = adapter.findPosts(doc, new URL(doc.location.href)).filter((post) => post.kind !== 'card');
    const duplicates = duplicateTextSignals(posts.map((post) => ({ key: postKey(post), author: post.author, text: postText(post) })));
    const wanted = new Set<string>();
    for (const post of posts) {
      const key = postKey(post);
      const last = post.parts.at(-1)!;
      const translationHost = last.anchor.nextElementSibling;
      // Only posts the annotator is showing (on or near the screen) get a moderation card.
      if (!translationHost?.matches('[data-ferry="annotation"][data-ferry-kind="translation"]')) continue;
      wanted.add(key);
      let tracked = this.tracked.get(key);
      if (!tracked || tracked.host.element.previousElementSibling !== translationHost || !tracked.host.element.isConnected) {
        tracked?.host.detach();
        tracked = { host: new ModerationHost(doc, key, post.id), sent: tracked?.sent };
        tracked.host.element.setAttribute('data-ferry-post-kind', post.kind);
        tracked.host.element.setAttribute('data-ferry-scheme', translationHost.getAttribute('data-ferry-scheme') ?? 'light');
        if (last.anchor.slot) tracked.host.element.slot = last.anchor.slot;
        translationHost.after(tracked.host.element);
        this.tracked.set(key, tracked);
      }
      await this.render(post, tracked, duplicates.get(key));
    }
    for (const [key, tracked] of this.tracked) {
      if (wanted.has(key)) continue;
      tracked.host.detach();
      this.tracked.delete(key);
      this.ranges.delete(key);
    }
    this.paintHighlights();
  }

  private async render(post: PostRecord, tracked: Tracked, duplicate: Signal | undefined): Promise<void> {
    const { i18n, client } = this.options;
    const t = i18n.t.bind(i18n) as unknown as (key: string, options?: Record<string, unknown>) => string;
    const heading = t('moderation:overlay.heading');
    const statuses = post.parts.map((part) => part.anchor.nextElementSibling?.getAttribute('data-ferry-status'));
    if (statuses.some((status) => status !== 'done' && status !== 'error')) {
      tracked.host.pending(t('moderation:overlay.translationPending'), heading);
      return;
    }
    // Each part's answer, from the client's memo: a done translation is remembered, so this sends nothing.
    const target = this.options.target();
    const results: (ClientResult | undefined)[] = await Promise.all(
      post.parts.map((part, index) => (statuses[index] === 'done' ? client.translate(part.text, target) : Promise.resolve(undefined))),
    );
    if (!tracked.host.element.isConnected) return;

    const text = postText(post);
    const settings = this.options.settings();
    const regions = new Set(profileRegions(settings));
    const wording = levelWording(settings.profile);
    const notes = dedupeNotes(results.flatMap((result) => (result && result.status !== 'error' ? (result.notes ?? []) : [])).filter((note) => note.kind === 'policy'));
    const topics = notes
      .map((note) => ({ note, regions: (note.regions ?? []).filter((region) => regions.has(region.region)) }))
      .filter((topic) => topic.regions.length > 0 || regions.size === 0);
    const signals = [...accountSignals({ text, locationLabel: post.locationLabel }), ...(duplicate ? [duplicate] : [])];
    const done = results.filter((result): result is Extract<ClientResult, { status: 'done' }> => result?.status === 'done');
    const translation = done.length ? done.map((result) => result.translation).join('\n') : undefined;
    // Text left untranslated is already in the reader's language.
    const sourceLanguage = done[0]?.sourceLanguage ?? (results.some((result) => result?.status === 'skipped') ? target : undefined);
    const { script } = dominantScript(text);

    // Coded language: a failed decode leaves the card without it rather than without the rest.
    const coded = this.options.decode ? await this.options.decode(text.slice(0, MAX_DECODE_CHARS)).catch(() => [] as CodedLine[]) : [];
    if (!tracked.host.element.isConnected) return;
    const zh = i18n.language.startsWith('zh');
    const codedLines = coded.map((line) => ({
      id: line.entryId,
      topic: line.topic,
      chip: t('moderation:coded.chip'),
      text: t('moderation:coded.line', { written: line.written, meaning: zh ? line.meaning['zh-Hans'] : line.meaning.en, interpolation: { escapeValue: false } }),
      topicLabel: t(`moderation:coded.topics.${line.topic}`),
      care: line.care ? t('moderation:coded.care', { care: zh ? line.care['zh-Hans'] : line.care.en, interpolation: { escapeValue: false } }) : undefined,
      source: t('moderation:coded.source', { source: line.source.title, interpolation: { escapeValue: false } }),
      url: line.source.url,
    }));

    this.ranges.set(tracked.host.key, this.rangesFor(post, topics.map((topic) => topic.note), coded.map((line) => line.written)));
    const view: ModerationView = {
      languageLine: t('moderation:overlay.languageLine', {
        language: languageName(sourceLanguage, i18n.language) ?? t('moderation:overlay.unknownLanguage'),
        script: t(`moderation:scripts.${script ?? 'unknown'}`),
      }),
      translation: {
        heading: t('moderation:overlay.translation'),
        text: translation,
        lang: target,
        note: translation === undefined ? t(results.some((result) => result?.status === 'skipped') ? 'moderation:overlay.sameLanguage' : 'moderation:overlay.translationFailed') : undefined,
      },
      topicsHeading: t('moderation:overlay.topics', { profile: t(`moderation:profiles.${settings.profile}`) }),
      noTopics: t('moderation:overlay.noTopics'),
      topics: topics.map(({ note, regions: rows }) => ({
        note,
        matched: t('moderation:overlay.matched', { terms: uniqueTerms(note).join(', ') }),
        regions: rows.map((row) => ({
          region: row.region,
          regionLabel: t(`moderation:regions.${row.region}`),
          level: t(`moderation:levels.${wording}.${row.level}`),
          levelClass: `level-${row.level}`,
          citation: row.citation.title,
          url: row.citation.url,
        })),
      })),
      platformRulesHeading: t('moderation:overlay.platformRules'),
      signalsHeading: t('moderation:overlay.signals'),
      noSignals: t('moderation:overlay.noSignals'),
      signals: signals.map((signal) => ({ kind: signal.kind, text: describeSignal(signal, t) })),
      coded: { heading: t('moderation:coded.heading'), lines: codedLines },
    };

    const policyCoded = coded.filter((line) => line.topic !== 'none');
    const flagged = topics.length > 0 || signals.length > 0 || policyCoded.length > 0;
    if (flagged) {
      const item: ReviewItemInput = {
        site: post.siteId,
        postId: post.id,
        url: this.options.doc.location.href.split('#')[0]!,
        author: post.author?.slice(0, 200),
        locationLabel: post.locationLabel?.slice(0, 100),
        excerpt: text.slice(0, MAX_EXCERPT_CHARS),
        translation: translation?.slice(0, MAX_TRANSLATION_CHARS),
        sourceLanguage: sourceLanguage?.slice(0, 20),
        script,
        topics: topics.map(({ note, regions: rows }) => ({
          id: note.id,
          title: note.title,
          regions: rows.map((row) => ({ region: row.region, level: row.level, citation: row.citation })),
          platformRules: (note.platformRules ?? []).map((rule) => ({ platform: rule.platform, source: rule.source })),
          matched: uniqueTerms(note),
        })),
        signals: signals.slice(0, 10),
        coded: policyCoded.slice(0, 20).map((line) => ({ id: line.entryId, written: line.written, meaning: (zh ? line.meaning['zh-Hans'] : line.meaning.en).slice(0, 1_000), topic: line.topic })),
      };
      const signature = JSON.stringify(item);
      if (tracked.sent !== signature) {
        tracked.sent = signature;
        tracked.failed = undefined;
        try {
          await this.options.report(item);
        } catch (error) {
          // Not saved: say so on the card and try again on the next rescan.
          tracked.sent = undefined;
          const code = (error as { code?: string }).code ?? 'internal';
          tracked.failed = t('moderation:overlay.queueFailed', { reason: t(`common:errors.${code}`) });
        }
      }
      view.queue = tracked.failed ? { state: 'failed', text: tracked.failed } : { state: 'saved', text: t('moderation:overlay.queued') };
    }
    if (tracked.host.element.isConnected) tracked.host.render(heading, view);
  }

  /** Ranges over the site's own text nodes for each matched term of the post's original text. */
  private rangesFor(post: PostRecord, notes: Note[], written: string[] = []): Range[] {
    const terms = [...new Set([...notes.flatMap((note) => note.spans.filter((span) => span.in === 'original').map((span) => span.text)), ...written])].filter(Boolean);
    if (terms.length === 0) return [];
    const doc = this.options.doc;
    const ranges: Range[] = [];
    for (const part of post.parts) {
      const nodes: Text[] = [];
      const starts: number[] = [];
      let joined = '';
      const walker = doc.createTreeWalker(part.source, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement?.closest('[data-ferry]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push(node as Text);
        starts.push(joined.length);
        joined += (node as Text).data;
      }
      const folded = joined.toLowerCase();
      const locate = (offset: number): [Text, number] => {
        let index = starts.length - 1;
        while (index > 0 && starts[index]! > offset) index--;
        return [nodes[index]!, offset - starts[index]!];
      };
      for (const term of terms) {
        const needle = term.toLowerCase();
        for (let at = folded.indexOf(needle); at !== -1 && ranges.length < 200; at = folded.indexOf(needle, at + needle.length)) {
          const range = doc.createRange();
          const [startNode, startOffset] = locate(at);
          const [endNode, endOffset] = locate(at + needle.length - 1);
          range.setStart(startNode, startOffset);
          range.setEnd(endNode, endOffset + 1);
          ranges.push(range);
        }
      }
    }
    return ranges;
  }

  private installHighlightStyle(): void {
    const doc = this.options.doc;
    if (!highlights(doc) || this.sheet) return;
    try {
      const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
      sheet.replaceSync(`::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 196, 0, 0.45); text-decoration: underline 2px #b8860b; }`);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      // Without constructable sheets there is no highlight: the site's text is never wrapped instead.
    }
  }

  private paintHighlights(): void {
    const registry = highlights(this.options.doc);
    const HighlightClass = (this.options.doc.defaultView as (Window & { Highlight?: typeof Highlight }) | null)?.Highlight;
    if (!registry || !HighlightClass) return;
    const all = [...this.ranges.values()].flat();
    if (all.length === 0) registry.delete(HIGHLIGHT_NAME);
    else registry.set(HIGHLIGHT_NAME, new HighlightClass(...all));
    for (const { host } of this.tracked.values()) host.element.setAttribute('data-ferry-highlights', String(this.ranges.get(host.key)?.length ?? 0));
  }

  private flaggedHosts(): ModerationHost[] {
    return [...this.tracked.values()]
      .map(({ host }) => host)
      .filter((host) => host.element.isConnected && host.element.getAttribute('data-ferry-flagged') === 'true')
      .sort((a, b) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  private setCurrent(key: string): void {
    for (const { host } of this.tracked.values()) host.element.removeAttribute('data-ferry-current');
    const tracked = this.tracked.get(key);
    if (!tracked) return;
    this.current = key;
    tracked.host.element.setAttribute('data-ferry-current', 'true');
    tracked.host.element.scrollIntoView({ block: 'center' });
    tracked.host.focus();
  }

  /** Alt+J / Alt+K: next / previous flagged post. Key codes, not characters: Alt changes the character on macOS. */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!event.altKey || event.ctrlKey || event.metaKey || (event.code !== 'KeyJ' && event.code !== 'KeyK')) return;
    const target = event.composedPath()[0];
    if (target instanceof Element && (isEditable(target) || target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))) return;
    const flagged = this.flaggedHosts();
    if (flagged.length === 0) return;
    event.preventDefault();
    event.stopPropagation();
    const index = flagged.findIndex((host) => host.key === this.current);
    const step = event.code === 'KeyJ' ? 1 : -1;
    const next = index === -1 ? (step === 1 ? 0 : flagged.length - 1) : (index + step + flagged.length) % flagged.length;
    this.setCurrent(flagged[next]!.key);
  };
}

function highlights(doc: Document): HighlightRegistry | undefined {
  const css = (doc.defaultView as (Window & { CSS?: { highlights?: HighlightRegistry } }) | null)?.CSS;
  return css?.highlights;
}

function postKey(post: PostRecord): string {
  return `${post.siteId}:${post.kind}:${post.id}`;
}

function postText(post: PostRecord): string {
  return post.parts.map((part) => part.text).join('\n');
}

function dedupeNotes(notes: Note[]): Note[] {
  const byId = new Map<string, Note>();
  for (const note of notes) {
    const existing = byId.get(note.id);
    byId.set(note.id, existing ? { ...existing, spans: [...existing.spans, ...note.spans].slice(0, 20) } : note);
  }
  return [...byId.values()];
}

function uniqueTerms(note: Note): string[] {
  return [...new Set(note.spans.map((span) => span.text))].slice(0, 20);
}

function languageName(code: string | undefined, uiLanguage: string): string | undefined {
  if (!code || code === 'und') return undefined;
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function describeSignal(signal: Signal, t: (key: string, options?: Record<string, unknown>) => string): string {
  switch (signal.kind) {
    case 'location-mismatch':
      return t('moderation:signals.location-mismatch', { label: signal.label, claim: signal.claim });
    case 'script-mismatch':
      return t('moderation:signals.script-mismatch', {
        script: t(`moderation:scripts.${signal.script}`),
        claim: signal.claim,
        expected: signal.expected.map((script) => t(`moderation:scripts.${script}`)).join(' / '),
      });
    case 'duplicate-text':
      return t('moderation:signals.duplicate-text', { accounts: signal.accounts });
  }
}

/** Ferry's own changes (its hosts and cards) are not page changes; a translation host's status change is. */
function isOwnMutation(record: MutationRecord): boolean {
  const isModeration = (node: Node) => node instanceof Element && node.getAttribute('data-ferry-kind') === 'moderation';
  if (record.type === 'attributes') return !(record.target instanceof Element && record.target.getAttribute('data-ferry-kind') === 'translation');
  for (let node: Node | null = record.target; node; node = node.parentNode) {
    if (isModeration(node)) return true;
    if (node instanceof ShadowRoot) return isModeration(node.host);
  }
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isModeration);
}
