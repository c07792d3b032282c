import { attachFerryShadow, onUserClick } from './ferry-dom';
/**
 * One notice per page for problems that no retry fixes (a refused key, a spent
 * quota, no engine): the reader gets a single explanation with the fix
 * instead of the same error repeated under every post.
 */
export class PageNotice {
  private host?: HTMLElement;
  private message = '';
  private dismissed = new Set<string>();

  constructor(
    private readonly doc: Document,
    private readonly labels: () => { title: string; settings: string; dismiss: string },
    private readonly openSettings: () => void,
  ) {}

  /** `custom` replaces the default title and button label (the setup prompt has its own). */
  show(message: string, custom?: { title: string; action: string }): void {
    if (this.dismissed.has(message) || (this.host?.isConnected && this.message === message)) return;
    this.message = message;
    this.host?.remove();
    const host = this.doc.createElement('ferry-notice');
    host.setAttribute('data-ferry', 'notice');
    host.style.setProperty('display', 'block', 'important');
    const shadow = attachFerryShadow(host);
    const style = this.doc.createElement('style');
    style.textContent = NOTICE_CSS;
    const box = this.doc.createElement('div');
    box.className = 'notice';
    box.setAttribute('role', 'alert');
    const labels = this.labels();
    const { dismiss } = labels;
    const title = custom?.title ?? labels.title;
    const settings = custom?.action ?? labels.settings;
    const heading = this.doc.createElement('strong');
    heading.textContent = title;
    const text = this.doc.createElement('p');
    text.textContent = message;
    const actions = this.doc.createElement('div');
    actions.className = 'actions';
    const open = this.doc.createElement('button');
    open.type = 'button';
    open.textContent = settings;
    onUserClick(open, () => this.openSettings());
    const close = this.doc.createElement('button');
    close.type = 'button';
    close.className = 'secondary';
    close.textContent = dismiss;
    close.addEventListener('click', () => {
      this.dismissed.add(message);
      this.clear();
    });
    actions.append(open, close);
    box.append(heading, text, actions);
    shadow.append(style, box);
    this.doc.documentElement.append(host);
    this.host = host;
  }

  clear(): void {
    this.host?.remove();
    this.host = undefined;
    this.message = '';
  }
}

const NOTICE_CSS = `
:host { all: initial; }
.notice {
  position: fixed; z-index: 2147483646; right: 16px; bottom: 16px; max-width: 360px; box-sizing: border-box;
  padding: 12px 14px; border-radius: 8px; border-left: 4px solid #c0392b; background: #fff; color: #1f2933;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); font: 13px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", sans-serif;
}
p { margin: 4px 0 10px; }
.actions { display: flex; gap: 8px; }
button { all: unset; cursor: pointer; font: 600 12px/1 system-ui, sans-serif; padding: 6px 10px; border-radius: 12px; color: #fff; background: #2f7d6d; }
button.secondary { color: #2f7d6d; background: transparent; border: 1px solid #2f7d6d; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { .notice { background: #1e2428; color: #e6edf3; } }
`;
