/**
 * What keeps Ferry's own UI out of the page's reach. Cards live in closed
 * shadow roots in the production build: `host.shadowRoot` is null for the
 * page, so its scripts cannot read a translation, a note or a moderator card.
 * Ferry keeps the roots in a WeakMap of its own. The e2e build (`wxt build
 * --mode e2e`) opens them so Playwright's locators can read cards, and unit
 * tests (mode "test") do too; test/e2e/closed-cards.spec.ts loads the
 * production build and checks a page script sees nothing.
 */
export const FERRY_SHADOW_MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'test' ? 'open' : 'closed';

const roots = new WeakMap<Element, ShadowRoot>();

export function attachFerryShadow(host: HTMLElement, mode: ShadowRootMode = FERRY_SHADOW_MODE): ShadowRoot {
  const root = host.attachShadow({ mode });
  roots.set(host, root);
  return root;
}

/** The shadow root Ferry attached to `host`, open or closed; undefined for any other element. */
export function ferryShadow(host: Element): ShadowRoot | undefined {
  return roots.get(host);
}

// jsdom's element.click() is untrusted by specification; unit tests (mode "test") click that way.
const REQUIRE_TRUSTED = import.meta.env.MODE !== 'test';

/**
 * Runs `handler` for clicks the user made, never for ones a page script
 * dispatched (`element.click()`, `dispatchEvent`): a page must not spend the
 * user's key on Explain or open notes to read them.
 */
export function onUserClick(target: EventTarget, handler: (event: Event) => void, requireTrusted = REQUIRE_TRUSTED): void {
  target.addEventListener('click', (event) => {
    if (requireTrusted && !event.isTrusted) return;
    handler(event);
  });
}
