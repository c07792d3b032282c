import { attachFerryShadow } from './ferry-dom';
import type { SelectionResult } from '../messaging/protocol';
import { ANNOTATION_CSS } from './annotation-style';
import { renderNoteChips, type NoteLabels } from './note-chips';

export const SELECTION_CARD_TAG = 'ferry-selection-card';

export interface SelectionCardLabels {
  title: string;
  close: string;
  pending: string;
  sameLanguage: string;
  dictionary: string;
  translatedBy: (engine: string) => string;
  notes: NoteLabels;
}

const SELECTION_CSS = `
:host { position: absolute; z-index: 2147483647; width: min(380px, calc(100vw - 16px)); }
.card { margin: 0; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18); background: #fbfdfc; border-left-width: 4px; max-height: 60vh; overflow: auto; }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.head { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin-bottom: 4px; }
.head h2 { margin: 0; font-size: 12px; font-weight: 700; color: #1f5f52; }
button.close { background: transparent; color: #1f2933; padding: 2px 8px; font-size: 16px; line-height: 1; }
.words { margin-top: 8px; border-top: 1px solid rgba(0, 0, 0, 0.08); padding-top: 6px; font-size: 13px; }
.words h3 { margin: 0 0 4px; font-size: 12px; }
.words dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; }
.words dt { font-weight: 600; }
.words dd { margin: 0; }
.pinyin { color: #52606d; margin-inline-end: 6px; }
:host([data-ferry-scheme="dark"]) .card { background: #1e2428; }
:host([data-ferry-scheme="dark"]) .head h2 { color: #5ec4ad; }
:host([data-ferry-scheme="dark"]) button.close { color: #e6edf3; }
:host([data-ferry-scheme="dark"]) .pinyin { color: #9aa7b2; }
`;

/**
 * The small card drawn under a text selection: translation, notes and, for
 * Chinese, dictionary words. It lives in its own open shadow root and takes
 * only text. Escape, the close button or a click elsewhere remove it, and
 * focus goes back where it was.
 */
export class SelectionCard {
  readonly element: HTMLElement;
  private readonly card: HTMLDivElement;
  private readonly previousFocus: Element | null;
  private readonly onKey = (event: KeyboardEvent) => event.key === 'Escape' && this.close();
  private readonly onPointer = (event: Event) => !event.composedPath().includes(this.element) && this.close();

  constructor(
    private readonly doc: Document,
    private readonly labels: SelectionCardLabels,
    position: { top: number; left: number },
    scheme: 'light' | 'dark',
  ) {
    doc.querySelectorAll(SELECTION_CARD_TAG).forEach((old) => old.remove());
    this.previousFocus = doc.activeElement;
    this.element = doc.createElement(SELECTION_CARD_TAG);
    this.element.setAttribute('data-ferry', 'selection-card');
    this.element.setAttribute('data-ferry-scheme', scheme);
    this.element.style.setProperty('top', `${Math.max(0, position.top)}px`, 'important');
    this.element.style.setProperty('left', `${Math.max(8, position.left)}px`, 'important');
    const shadow = attachFerryShadow(this.element);
    const style = doc.createElement('style');
    style.textContent = ANNOTATION_CSS + SELECTION_CSS;
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-label', labels.title);
    this.card.tabIndex = -1;
    shadow.append(style, this.card);
    (doc.body ?? doc.documentElement).append(this.element);
    doc.addEventListener('keydown', this.onKey, true);
    doc.addEventListener('pointerdown', this.onPointer, true);
  }

  private frame(): HTMLElement {
    const head = this.doc.createElement('div');
    head.className = 'head';
    const title = this.doc.createElement('h2');
    title.textContent = this.labels.title;
    const close = this.doc.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.setAttribute('aria-label', this.labels.close);
    close.textContent = '×';
    close.addEventListener('click', () => this.close());
    head.append(title, close);
    return head;
  }

  showPending(): void {
    const pending = this.doc.createElement('div');
    pending.className = 'pending';
    pending.setAttribute('role', 'status');
    pending.textContent = this.labels.pending;
    this.card.replaceChildren(this.frame(), pending);
    this.element.setAttribute('data-ferry-status', 'pending');
    this.card.focus({ preventScroll: true });
  }

  showError(message: string): void {
    const error = this.doc.createElement('div');
    error.className = 'error';
    error.setAttribute('role', 'alert');
    error.textContent = message;
    this.card.replaceChildren(this.frame(), error);
    this.element.setAttribute('data-ferry-status', 'error');
  }

  showResult({ result, words }: SelectionResult, target: string, engineName: (id: string) => string, errorMessage: (code: string) => string): void {
    if (result.status === 'error') return this.showError(errorMessage(result.error.code));
    const parts: Node[] = [this.frame()];
    const text = this.doc.createElement('div');
    text.className = 'text';
    if (result.status === 'done') {
      text.lang = target;
      text.textContent = result.translation;
      const meta = this.doc.createElement('div');
      meta.className = 'meta';
      meta.textContent = this.labels.translatedBy(engineName(result.engine));
      parts.push(text, meta);
    } else {
      text.className = 'text muted';
      text.textContent = this.labels.sameLanguage;
      parts.push(text);
    }
    if (result.notes?.length) parts.push(renderNoteChips(this.doc, result.notes, this.labels.notes, 'selection'));
    if (words.length) parts.push(this.renderWords(words));
    this.card.replaceChildren(...parts);
    this.element.setAttribute('data-ferry-status', 'done');
  }

  private renderWords(words: SelectionResult['words']): HTMLElement {
    const section = this.doc.createElement('section');
    section.className = 'words';
    section.setAttribute('aria-label', this.labels.dictionary);
    const heading = this.doc.createElement('h3');
    heading.textContent = this.labels.dictionary;
    const list = this.doc.createElement('dl');
    for (const { word, entries } of words) {
      const term = this.doc.createElement('dt');
      term.lang = 'zh';
      term.textContent = word;
      const definition = this.doc.createElement('dd');
      for (const entry of entries) {
        const line = this.doc.createElement('div');
        const pinyin = this.doc.createElement('span');
        pinyin.className = 'pinyin';
        pinyin.lang = 'zh-Latn-pinyin';
        pinyin.textContent = entry.pinyin;
        const gloss = this.doc.createElement('span');
        gloss.lang = 'en';
        gloss.textContent = entry.gloss;
        line.append(pinyin, gloss);
        definition.append(line);
      }
      list.append(term, definition);
    }
    section.append(heading, list);
    return section;
  }

  close(): void {
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.doc.removeEventListener('pointerdown', this.onPointer, true);
    const hadFocus = this.element.matches(':focus-within') || this.doc.activeElement === this.element;
    this.element.remove();
    if (hadFocus && this.previousFocus instanceof HTMLElement) this.previousFocus.focus({ preventScroll: true });
  }
}
