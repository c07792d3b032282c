import { attachFerryShadow, ferryShadow } from './ferry-dom';
import type { WordLookup } from '../messaging/protocol';

export interface LearnerLabels {
  /** Shown when the dictionary has nothing for the word. */
  noEntry: string;
  /** Credit line for the dictionary data. */
  source: string;
}

export interface LearnerHoverOptions {
  doc: Document;
  /** Whether a text node belongs to a post's original text (not the page's chrome, not Ferry's own cards). */
  isOriginalText: (node: Node) => boolean;
  /** Asks the background; the dictionary never loads in the page. */
  lookup: (text: string, offset: number) => Promise<WordLookup>;
  labels: () => LearnerLabels;
  /** Learner mode: words are explained on hover alone, without holding Alt. */
  withoutAlt?: () => boolean;
}

const HAN = /\p{Script=Han}/u;
/** Characters sent each side of the pointer: enough for the longest dictionary words, cut at the first non-Chinese character. */
const CONTEXT = 12;

interface Point {
  node: Text;
  index: number;
}

/**
 * Learner help: with Alt held, the Chinese word under the pointer in a post's
 * original text gets a small popover with its pinyin and dictionary glosses.
 * The popover lives in its own shadow root and is built from text nodes only.
 */
export class LearnerHover {
  private host?: HTMLElement;
  private shown?: { node: Text; start: number; end: number };
  private pointer?: { x: number; y: number };
  private frame = 0;
  private latest = 0;
  private readonly listeners: [EventTarget, string, EventListener][] = [];

  constructor(private readonly options: LearnerHoverOptions) {}

  start(): void {
    if (this.listeners.length) return;
    const view = this.options.doc.defaultView;
    if (!view) return;
    this.listen(view, 'mousemove', (event) => {
      const mouse = event as MouseEvent;
      this.pointer = { x: mouse.clientX, y: mouse.clientY };
      if (mouse.altKey || this.options.withoutAlt?.()) this.schedule();
      else this.hide();
    });
    // Pressing Alt over a word that the pointer already rests on.
    this.listen(view, 'keydown', (event) => {
      const key = event as KeyboardEvent;
      if (key.key === 'Alt') this.schedule();
      else if (key.key === 'Escape') this.hide();
    });
    this.listen(view, 'keyup', (event) => {
      if ((event as KeyboardEvent).key === 'Alt') this.hide();
    });
    this.listen(view, 'blur', () => this.hide());
    this.listen(view, 'scroll', () => this.hide(), true);
  }

  stop(): void {
    for (const [target, type, listener] of this.listeners.splice(0)) target.removeEventListener(type, listener, true);
    this.options.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.hide();
    this.host?.remove();
    this.host = undefined;
  }

  private listen(target: EventTarget, type: string, listener: EventListener, capture = true): void {
    target.addEventListener(type, listener, { capture, passive: true });
    this.listeners.push([target, type, listener]);
  }

  /** At most one lookup per frame, however fast the pointer moves. */
  private schedule(): void {
    const view = this.options.doc.defaultView;
    if (!view || this.frame) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      void this.resolve();
    });
  }

  private async resolve(): Promise<void> {
    if (!this.pointer) return;
    const point = this.characterAt(this.pointer.x, this.pointer.y);
    if (!point || !this.options.isOriginalText(point.node)) return this.hide();
    if (this.shown?.node === point.node && point.index >= this.shown.start && point.index < this.shown.end) return;

    const data = point.node.data;
    let from = point.index;
    let to = point.index + 1;
    while (from > 0 && point.index - from < CONTEXT && HAN.test(data[from - 1]!)) from--;
    while (to < data.length && to - point.index < CONTEXT && HAN.test(data[to]!)) to++;

    const request = ++this.latest;
    const found = await this.options.lookup(data.slice(from, to), point.index - from).catch(() => undefined);
    // The pointer moved on, or Alt was let go, while the background answered.
    if (request !== this.latest || !found?.word) return;
    const start = from + found.start;
    const end = from + found.end;
    if (point.node.data.slice(start, end) !== found.word) return;
    this.show(found, point.node, start, end);
  }

  /** The Chinese character under the point, if the point is really on it (not just nearest to it). */
  private characterAt(x: number, y: number): Point | undefined {
    const doc = this.options.doc;
    let node: Node | undefined;
    let offset = 0;
    if (typeof doc.caretPositionFromPoint === 'function') {
      const position = doc.caretPositionFromPoint(x, y);
      node = position?.offsetNode;
      offset = position?.offset ?? 0;
    } else {
      const range = doc.caretRangeFromPoint?.(x, y);
      node = range?.startContainer;
      offset = range?.startOffset ?? 0;
    }
    if (!(node instanceof Text)) return undefined;
    // The caret falls before or after the character, depending on which half the pointer is over.
    for (const index of [offset, offset - 1]) {
      if (index < 0 || index >= node.data.length || !HAN.test(node.data[index]!)) continue;
      const range = doc.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      const box = range.getBoundingClientRect();
      if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return { node, index };
    }
    return undefined;
  }

  private show(found: WordLookup, node: Text, start: number, end: number): void {
    const doc = this.options.doc;
    const range = doc.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const word = range.getBoundingClientRect();
    const host = this.ensureHost();
    const box = ferryShadow(host)!.querySelector('.learner')!;
    const labels = this.options.labels();

    const heading = doc.createElement('div');
    heading.className = 'word';
    heading.lang = 'zh';
    heading.textContent = found.word;
    const parts: HTMLElement[] = [heading];
    for (const entry of found.entries) {
      const item = doc.createElement('div');
      item.className = 'entry';
      const pinyin = doc.createElement('div');
      pinyin.className = 'pinyin';
      pinyin.textContent = entry.pinyin;
      item.append(pinyin);
      if (entry.traditional && entry.traditional !== entry.simplified) {
        const forms = doc.createElement('div');
        forms.className = 'forms';
        forms.lang = 'zh';
        forms.textContent = `${entry.simplified} · ${entry.traditional}`;
        item.append(forms);
      }
      if (entry.gloss) {
        const gloss = doc.createElement('div');
        gloss.className = 'gloss';
        gloss.lang = 'en';
        gloss.textContent = entry.gloss;
        item.append(gloss);
      }
      parts.push(item);
    }
    if (found.entries.length === 0) {
      const none = doc.createElement('div');
      none.className = 'gloss';
      none.textContent = labels.noEntry;
      parts.push(none);
    }
    const source = doc.createElement('div');
    source.className = 'source';
    source.textContent = labels.source;
    parts.push(source);
    box.replaceChildren(...parts);

    host.hidden = false;
    host.style.setProperty('display', 'block', 'important');
    const view = doc.defaultView!;
    const width = Math.min(320, view.innerWidth - 16);
    host.style.setProperty('left', `${Math.max(8, Math.min(word.left, view.innerWidth - width - 8))}px`, 'important');
    // Below the word, or above it when there is no room below.
    const below = word.bottom + 6;
    const height = host.getBoundingClientRect().height;
    host.style.setProperty('top', `${below + height > view.innerHeight && word.top - height - 6 > 0 ? word.top - height - 6 : below}px`, 'important');
    host.setAttribute('data-ferry-word', found.word);
    this.shown = { node, start, end };
  }

  private hide(): void {
    this.latest++;
    this.shown = undefined;
    if (!this.host || this.host.hidden) return;
    this.host.hidden = true;
    this.host.style.setProperty('display', 'none', 'important');
    this.host.removeAttribute('data-ferry-word');
  }

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected) return this.host;
    const doc = this.options.doc;
    const host = doc.createElement('ferry-learner');
    host.setAttribute('data-ferry', 'learner');
    host.setAttribute('role', 'tooltip');
    // Fixed and click-through, so it never takes the pointer off the word it explains.
    for (const [property, value] of [
      ['position', 'fixed'],
      ['z-index', '2147483647'],
      ['pointer-events', 'none'],
      ['width', 'max-content'],
      ['max-width', '320px'],
    ]) {
      host.style.setProperty(property!, value!, 'important');
    }
    const shadow = attachFerryShadow(host);
    const style = doc.createElement('style');
    style.textContent = LEARNER_CSS;
    const box = doc.createElement('div');
    box.className = 'learner';
    shadow.append(style, box);
    doc.documentElement.append(host);
    this.host = host;
    return host;
  }
}

const LEARNER_CSS = `
:host { all: initial; }
.learner {
  box-sizing: border-box; max-width: 320px; padding: 8px 10px; border-radius: 8px;
  background: #1f2a30; color: #f2f5f7; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", sans-serif;
  overflow-wrap: break-word;
}
.word { font-size: 20px; font-weight: 600; }
.entry + .entry { margin-top: 6px; padding-top: 6px; border-top: 1px solid rgba(255, 255, 255, 0.15); }
.pinyin { color: #8fdcc9; font-size: 15px; }
.forms { color: #b8c4cc; }
.source { margin-top: 6px; color: #9aa7b2; font-size: 10px; }
`;
