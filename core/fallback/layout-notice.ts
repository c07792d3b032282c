import { attachFerryShadow, onUserClick } from '@/core/annotator/ferry-dom';

export interface LayoutNoticeLabels {
  title: string;
  message: string;
  translate: string;
  dismiss: string;
}

/**
 * A small dismissible notice, once per page, when the site's adapter does not
 * recognise the page: it says so and offers the generic page translator.
 * Its own shadow root keeps the page's styles out and its text as text.
 */
export class LayoutNotice {
  private host?: HTMLElement;

  constructor(
    private readonly doc: Document,
    private readonly labels: () => LayoutNoticeLabels,
    private readonly onTranslate: () => void,
  ) {}

  get shown(): boolean {
    return this.host?.isConnected ?? false;
  }

  show(): void {
    if (this.shown) return;
    const host = this.doc.createElement('ferry-layout-notice');
    host.setAttribute('data-ferry', 'layout-notice');
    host.style.setProperty('display', 'block', 'important');
    // Closed in the production build, like every Ferry card, so the page cannot read or press it.
    const shadow = attachFerryShadow(host);
    const style = this.doc.createElement('style');
    style.textContent = CSS;
    const { title, message, translate, dismiss } = this.labels();
    const box = this.doc.createElement('div');
    box.className = 'notice';
    box.setAttribute('role', 'status');
    const heading = this.doc.createElement('strong');
    heading.textContent = title;
    const text = this.doc.createElement('p');
    text.textContent = message;
    const actions = this.doc.createElement('div');
    actions.className = 'actions';
    const go = this.doc.createElement('button');
    go.type = 'button';
    go.textContent = translate;
    // Only the user's own click starts the page translator: a page script cannot send its text away.
    onUserClick(go, () => {
      this.remove();
      this.onTranslate();
    });
    const close = this.doc.createElement('button');
    close.type = 'button';
    close.className = 'secondary';
    close.textContent = dismiss;
    close.addEventListener('click', () => this.remove());
    actions.append(go, close);
    box.append(heading, text, actions);
    shadow.append(style, box);
    this.doc.documentElement.append(host);
    this.host = host;
  }

  remove(): void {
    this.host?.remove();
    this.host = undefined;
  }
}

const CSS = `
:host { all: initial; }
.notice {
  position: fixed; z-index: 2147483646; left: 16px; bottom: 16px; max-width: 340px; box-sizing: border-box;
  padding: 10px 12px; border-radius: 8px; border-left: 4px solid #2f7d6d; background: #fff; color: #1f2933;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); font: 13px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", sans-serif;
}
p { margin: 4px 0 8px; }
.actions { display: flex; gap: 8px; }
button { all: unset; cursor: pointer; font: 600 12px/1 system-ui, sans-serif; padding: 6px 10px; border-radius: 12px; color: #fff; background: #2f7d6d; }
button.secondary { color: #2f7d6d; background: transparent; border: 1px solid #2f7d6d; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { .notice { background: #1e2428; color: #e6edf3; } }
`;
