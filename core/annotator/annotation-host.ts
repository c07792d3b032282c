import { onUserClick } from './ferry-dom';
import type { Note } from '../knowledge/notes';
import { ANNOTATION_CSS } from './annotation-style';
import { createCardHost } from './card-host';
import { renderNoteChips, type NoteLabels } from './note-chips';

/** "Explain this post": a button whose answer streams into the card as plain text. */
export interface ExplainControl {
  label: string;
  heading: string;
  disclaimer: string;
  /** Language of the answer (the UI language), for the `lang` attribute. */
  lang: string;
  /** Starts the stream; returns a function that stops it. */
  start: (output: { append(text: string): void; done(): void; fail(message: string): void }) => () => void;
}

export type AnnotationStatus = 'pending' | 'done' | 'error';

export type AnnotationView =
  | { status: 'pending'; label: string }
  | {
      status: 'done';
      text: string;
      lang: string;
      meta: string;
      notes?: Note[];
      noteLabels?: NoteLabels;
      /** Translation-only display: the original is hidden on the page and shown in the card on hover or focus. */
      original?: { text: string; lang?: string; label: string };
      explain?: ExplainControl;
      /** The "show more" button of a long translation, given how many characters are still hidden. */
      moreLabel?: (hiddenChars: number) => string;
    }
  /** Text already in the reader's language that still has notes (moderators). */
  | { status: 'notes'; notes: Note[]; noteLabels: NoteLabels }
  | { status: 'error'; message: string; retryLabel: string; onRetry: () => void };

export const HOST_TAG = 'ferry-annotation';

/**
 * A translation is drawn this many characters at a time: a long answer shows
 * its start and a "show more" button, so laying out one card never holds up
 * the page.
 */
export const DISPLAY_STEP_CHARS = 4_000;

/** Where to cut `text` near `limit`: after a space or punctuation when one is close, never inside a surrogate pair. */
export function displayCut(text: string, from: number, limit: number): number {
  const end = from + limit;
  if (end >= text.length) return text.length;
  const window = text.slice(Math.max(from, end - 200), end);
  const breakAt = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'), window.lastIndexOf('。'), window.lastIndexOf('，'), window.lastIndexOf('.'));
  let cut = breakAt >= 0 ? end - window.length + breakAt + 1 : end;
  const high = text.charCodeAt(cut - 1);
  const low = text.charCodeAt(cut);
  if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) cut += cut - 1 > from ? -1 : 1;
  return cut;
}

/**
 * One annotation: a host element carrying the public data-ferry-* contract,
 * with an open shadow root holding the card. Every string goes in as text.
 */
export class AnnotationHost {
  readonly element: HTMLElement;
  private readonly card: HTMLDivElement;

  constructor(
    doc: Document,
    readonly key: string,
    readonly postId: string,
    readonly part: string,
    readonly sourceText: string,
  ) {
    ({ element: this.element, card: this.card } = createCardHost(
      doc,
      HOST_TAG,
      { 'data-ferry-kind': 'translation', 'data-ferry-post-id': postId, 'data-ferry-part': part },
      ANNOTATION_CSS,
    ));
  }

  /** The site's element with the original text, hidden while only the translation is shown. */
  private hiddenSource?: { element: HTMLElement; display: string; priority: string };

  /** Hides the site's original text (translation-only display); undone by showOriginal or detach. */
  hideOriginal(source: Element): void {
    if (this.hiddenSource?.element === source || !(source instanceof HTMLElement || source instanceof SVGElement)) return;
    this.showOriginal();
    const element = source as HTMLElement;
    this.hiddenSource = { element, display: element.style.getPropertyValue('display'), priority: element.style.getPropertyPriority('display') };
    element.style.setProperty('display', 'none', 'important');
    element.setAttribute('data-ferry-original', 'hidden');
  }

  showOriginal(): void {
    const hidden = this.hiddenSource;
    if (!hidden) return;
    this.hiddenSource = undefined;
    if (hidden.display) hidden.element.style.setProperty('display', hidden.display, hidden.priority);
    else hidden.element.style.removeProperty('display');
    hidden.element.removeAttribute('data-ferry-original');
  }

  /** Takes the annotation off the page and gives the site its original text back. */
  detach(): void {
    this.stopExplain?.();
    this.showOriginal();
    this.element.remove();
  }

  /** Stops a running explanation when the card is redrawn or removed. */
  private stopExplain?: () => void;

  private renderExplain(doc: Document, control: ExplainControl): HTMLElement {
    const box = doc.createElement('div');
    box.className = 'explain';
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'explain-button';
    button.textContent = control.label;
    const answer = doc.createElement('section');
    answer.className = 'explain-answer';
    answer.hidden = true;
    answer.lang = control.lang;
    const heading = doc.createElement('h3');
    heading.textContent = control.heading;
    const text = doc.createElement('div');
    text.className = 'explain-text';
    // Announced when finished (aria-busy), not piece by piece.
    text.setAttribute('aria-live', 'polite');
    const note = doc.createElement('p');
    note.className = 'explain-disclaimer';
    note.textContent = control.disclaimer;
    answer.setAttribute('aria-label', control.heading);
    answer.append(heading, text, note);
    onUserClick(button, () => {
      this.stopExplain?.();
      button.disabled = true;
      answer.hidden = false;
      text.textContent = '';
      text.setAttribute('aria-busy', 'true');
      this.element.setAttribute('data-ferry-explain', 'streaming');
      this.stopExplain = control.start({
        // Model output goes in as text, never as markup.
        append: (piece) => text.append(doc.createTextNode(piece)),
        done: () => {
          text.removeAttribute('aria-busy');
          button.disabled = false;
          this.element.setAttribute('data-ferry-explain', 'done');
        },
        fail: (message) => {
          text.removeAttribute('aria-busy');
          text.textContent = message;
          text.classList.add('error');
          button.disabled = false;
          this.element.setAttribute('data-ferry-explain', 'error');
        },
      });
    });
    box.append(button, answer);
    return box;
  }

  get status(): AnnotationStatus {
    return this.element.getAttribute('data-ferry-status') as AnnotationStatus;
  }

  /** Nothing to show (the text is already in the reader's language): take no space at all. */
  hide(reason: string): void {
    this.card.replaceChildren();
    this.element.hidden = true;
    this.element.style.setProperty('display', 'none', 'important');
    this.element.setAttribute('data-ferry-status', 'done');
    this.element.setAttribute('data-ferry-skipped', reason);
  }

  /** Fills `box` with the first part of `text`; returns the "show more" button when some is left. */
  private renderLongText(doc: Document, box: HTMLElement, text: string, moreLabel?: (hiddenChars: number) => string): HTMLElement[] {
    let shown = displayCut(text, 0, DISPLAY_STEP_CHARS);
    box.textContent = text.slice(0, shown);
    if (shown === text.length) return [];
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'more';
    const label = () => moreLabel?.(text.length - shown) ?? `+${text.length - shown}`;
    button.textContent = label();
    onUserClick(button, () => {
      // Appended as a new text node, so only the added part is laid out anew.
      const next = displayCut(text, shown, DISPLAY_STEP_CHARS);
      box.append(doc.createTextNode(text.slice(shown, next)));
      shown = next;
      if (shown === text.length) button.remove();
      else button.textContent = label();
    });
    return [button];
  }

  render(view: AnnotationView): void {
    this.element.hidden = false;
    this.element.removeAttribute('data-ferry-skipped');
    this.element.style.setProperty('display', 'block', 'important');
    const doc = this.element.ownerDocument;
    this.element.setAttribute('data-ferry-status', view.status === 'notes' ? 'done' : view.status);
    this.card.classList.toggle('is-error', view.status === 'error');
    this.card.classList.remove('has-original');
    this.card.removeAttribute('tabindex');
    this.stopExplain?.();
    this.stopExplain = undefined;
    this.element.removeAttribute('data-ferry-explain');
    this.card.replaceChildren();
    if (view.status === 'pending') {
      const pending = doc.createElement('div');
      pending.className = 'pending';
      pending.setAttribute('role', 'status');
      pending.textContent = view.label;
      this.card.append(pending);
      return;
    }
    if (view.status === 'done') {
      const text = doc.createElement('div');
      text.className = 'text';
      text.lang = view.lang;
      const more = this.renderLongText(doc, text, view.text, view.moreLabel);
      const meta = doc.createElement('div');
      meta.className = 'meta';
      const badge = doc.createElement('span');
      badge.className = 'badge';
      badge.textContent = 'Ferry';
      const by = doc.createElement('span');
      by.textContent = view.meta;
      meta.append(badge, by);
      this.card.setAttribute('role', 'note');
      this.card.append(text, ...more, meta);
      if (view.original) {
        // Hidden until the card is hovered or focused (see .original in the styles); reachable by keyboard.
        const original = doc.createElement('div');
        original.className = 'original';
        if (view.original.lang) original.lang = view.original.lang;
        original.setAttribute('aria-label', view.original.label);
        original.textContent = view.original.text;
        this.card.tabIndex = 0;
        this.card.classList.add('has-original');
        this.card.append(original);
      }
      if (view.notes?.length && view.noteLabels) this.card.append(renderNoteChips(doc, view.notes, view.noteLabels, this.key.replace(/[^a-z0-9-]/gi, '-')));
      if (view.explain) this.card.append(this.renderExplain(doc, view.explain));
      return;
    }
    if (view.status === 'notes') {
      this.card.setAttribute('role', 'note');
      this.card.append(renderNoteChips(doc, view.notes, view.noteLabels, this.key.replace(/[^a-z0-9-]/gi, '-')));
      return;
    }
    const error = doc.createElement('div');
    error.className = 'error';
    error.setAttribute('role', 'alert');
    const message = doc.createElement('span');
    message.textContent = view.message;
    const retry = doc.createElement('button');
    retry.type = 'button';
    retry.textContent = view.retryLabel;
    onUserClick(retry, () => view.onRetry());
    error.append(message, retry);
    this.card.append(error);
  }
}
