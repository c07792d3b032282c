import type { Note } from '../knowledge/notes';
import type { Region } from '../knowledge/schema';
import type { Signal } from '../moderation/signals';
import { ANNOTATION_CSS } from './annotation-style';
import { createCardHost } from './card-host';

export const MODERATION_TAG = 'ferry-moderation';

/** What the moderator sees for one post; every string is page or engine text, set as text only. */
export interface ModerationView {
  languageLine: string;
  translation: { heading: string; text?: string; lang?: string; note?: string };
  topicsHeading: string;
  noTopics: string;
  topics: { note: Note; regions: { region: Region; regionLabel: string; level: string; levelClass: string; citation: string; url?: string }[]; matched: string }[];
  platformRulesHeading: string;
  signalsHeading: string;
  noSignals: string;
  signals: { kind: Signal['kind']; text: string }[];
  /** Coded language decoded in the post: written → meaning, with its topic. */
  coded?: { heading: string; lines: { id: string; topic: string; chip: string; text: string; topicLabel: string; care?: string; source: string; url?: string }[] };
  queue?: { state: 'saved' | 'failed'; text: string };
}

const MODERATION_CSS = `
.card { border-left-color: #6b4fa0; background: rgba(107, 79, 160, 0.06); }
.card:focus-visible, :host([data-ferry-current="true"]) .card { outline: 2px solid #6b4fa0; outline-offset: 2px; }
.head { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; font-size: 12px; color: #5b6670; }
.head .badge { color: #6b4fa0; }
.queue-saved { color: #1e6b3a; }
.queue-failed { color: #8a1c1c; font-weight: 600; }
h4 { margin: 8px 0 2px; font-size: 12px; color: #3e4c59; }
.translation { white-space: pre-wrap; }
.muted { color: #5b6670; font-size: 12px; }
.topic { margin: 4px 0; }
.topic-title { font-weight: 600; }
table { width: 100%; border-collapse: collapse; margin: 2px 0 4px; font-size: 12px; }
th, td { text-align: start; vertical-align: top; padding: 3px 6px; border-top: 1px solid rgba(0, 0, 0, 0.08); overflow-wrap: break-word; }
a { color: #1a5fb4; }
ul { margin: 2px 0; padding-inline-start: 18px; font-size: 12px; }
.signal { color: #7a4f01; }
.coded-line { margin: 3px 0; }
.chip { display: inline-block; font-size: 11px; padding: 0 6px; margin-inline-end: 6px; border-radius: 8px; background: #6b4fa0; color: #fff; }
.coded-topic { font-size: 12px; color: #6b4fa0; margin-inline-start: 6px; }
.care { font-size: 12px; color: #1e6b3a; }
:host([data-ferry-scheme="dark"]) .card { background: rgba(170, 140, 230, 0.12); color: #e6edf3; border-left-color: #b39ddb; }
:host([data-ferry-scheme="dark"]) h4, :host([data-ferry-scheme="dark"]) .muted, :host([data-ferry-scheme="dark"]) .head { color: #9aa7b2; }
:host([data-ferry-scheme="dark"]) a { color: #8ab4f8; }
:host([data-ferry-scheme="dark"]) .signal { color: #f0c36d; }
`;

function text(doc: Document, tag: string, content: string, className?: string): HTMLElement {
  const element = doc.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

function link(doc: Document, title: string, url?: string): HTMLElement {
  if (!url || !/^https?:\/\//i.test(url)) return text(doc, 'span', title);
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.target = '_blank';
  anchor.rel = 'noopener noreferrer';
  anchor.textContent = title;
  return anchor;
}

/**
 * The moderation annotation of one post: a host with the same data-ferry
 * contract as translations (kind "moderation"), its card in an open shadow root.
 */
export class ModerationHost {
  readonly element: HTMLElement;
  private readonly card: HTMLDivElement;

  constructor(
    doc: Document,
    readonly key: string,
    readonly postId: string,
  ) {
    ({ element: this.element, card: this.card } = createCardHost(
      doc,
      MODERATION_TAG,
      { 'data-ferry-kind': 'moderation', 'data-ferry-post-id': postId, 'data-ferry-key': key },
      ANNOTATION_CSS + MODERATION_CSS,
    ));
    this.card.setAttribute('role', 'note');
    // Focusable, so keyboard navigation (Alt+J / Alt+K) can land on it.
    this.card.tabIndex = -1;
  }

  focus(): void {
    this.card.focus({ preventScroll: true });
  }

  pending(label: string, heading: string): void {
    this.element.setAttribute('data-ferry-status', 'pending');
    this.card.replaceChildren(this.head(heading), text(this.element.ownerDocument, 'div', label, 'pending'));
  }

  private head(heading: string, queue?: ModerationView['queue']): HTMLElement {
    const doc = this.element.ownerDocument;
    const head = doc.createElement('div');
    head.className = 'head';
    head.append(text(doc, 'span', `Ferry · ${heading}`, 'badge'));
    if (queue) {
      const status = text(doc, 'span', queue.text, `queue-${queue.state}`);
      if (queue.state === 'failed') status.setAttribute('role', 'alert');
      head.append(status);
    }
    return head;
  }

  render(heading: string, view: ModerationView): void {
    const doc = this.element.ownerDocument;
    const flagged = view.topics.length > 0 || view.signals.length > 0 || (view.coded?.lines ?? []).some((line) => line.topic !== 'none');
    this.element.setAttribute('data-ferry-status', 'done');
    this.element.setAttribute('data-ferry-flagged', String(flagged));
    this.element.setAttribute('aria-label', heading);
    const parts: HTMLElement[] = [this.head(heading, view.queue), text(doc, 'div', view.languageLine, 'muted language')];

    parts.push(text(doc, 'h4', view.translation.heading));
    if (view.translation.text !== undefined) {
      const translation = text(doc, 'div', view.translation.text, 'translation');
      if (view.translation.lang) translation.lang = view.translation.lang;
      parts.push(translation);
    } else parts.push(text(doc, 'div', view.translation.note ?? '', 'muted translation-note'));

    if (view.coded?.lines.length) {
      parts.push(text(doc, 'h4', view.coded.heading));
      for (const line of view.coded.lines) {
        const row = doc.createElement('div');
        row.className = 'coded-line';
        row.setAttribute('data-ferry-coded', line.id);
        row.setAttribute('data-ferry-coded-topic', line.topic);
        row.append(text(doc, 'span', line.chip, 'chip'), text(doc, 'span', line.text, 'coded-meaning'), text(doc, 'span', line.topicLabel, 'coded-topic'));
        if (line.care) row.append(text(doc, 'div', line.care, 'care'));
        const source = doc.createElement('div');
        source.className = 'muted';
        source.append(link(doc, line.source, line.url));
        row.append(source);
        parts.push(row);
      }
    }

    parts.push(text(doc, 'h4', view.topicsHeading));
    if (view.topics.length === 0) parts.push(text(doc, 'div', view.noTopics, 'muted'));
    for (const topic of view.topics) {
      const section = doc.createElement('section');
      section.className = 'topic';
      section.setAttribute('data-ferry-topic', topic.note.id);
      section.append(text(doc, 'div', topic.note.title, 'topic-title'), text(doc, 'div', topic.matched, 'muted matched'));
      if (topic.regions.length) {
        const table = doc.createElement('table');
        for (const region of topic.regions) {
          const row = doc.createElement('tr');
          row.setAttribute('data-ferry-region', region.region);
          const citation = doc.createElement('td');
          citation.append(link(doc, region.citation, region.url));
          row.append(text(doc, 'th', region.regionLabel), text(doc, 'td', region.level, `level ${region.levelClass}`), citation);
          table.append(row);
        }
        section.append(table);
      }
      if (topic.note.platformRules?.length) {
        section.append(text(doc, 'div', view.platformRulesHeading, 'muted'));
        const list = doc.createElement('ul');
        for (const rule of topic.note.platformRules) {
          const item = doc.createElement('li');
          item.setAttribute('data-ferry-platform-rule', rule.platform);
          item.append(text(doc, 'strong', `${rule.platform}: `), text(doc, 'span', `${rule.rule} `), link(doc, `(${rule.source.title})`, rule.source.url));
          list.append(item);
        }
        section.append(list);
      }
      parts.push(section);
    }

    parts.push(text(doc, 'h4', view.signalsHeading));
    if (view.signals.length === 0) parts.push(text(doc, 'div', view.noSignals, 'muted'));
    else {
      const list = doc.createElement('ul');
      for (const signal of view.signals) {
        const item = text(doc, 'li', signal.text, 'signal');
        item.setAttribute('data-ferry-signal', signal.kind);
        list.append(item);
      }
      parts.push(list);
    }
    this.card.replaceChildren(...parts);
  }

  detach(): void {
    this.element.remove();
  }
}
