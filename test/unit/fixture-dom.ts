import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Loads a committed site fixture into the test's own jsdom document (so
 * `instanceof Element` holds for its nodes) and runs its inline scripts, the
 * way the page would: they build shadow trees and expose `window.__fixture`.
 * For `// @vitest-environment jsdom` test files.
 */
export function loadFixture(site: string, file: string): Document {
  const html = readFileSync(path.resolve('test/fixtures/sites', site, file), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceChildren(...[...parsed.head.childNodes].map((node) => document.importNode(node, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  // Imported scripts count as already run. They run here against the test's
  // globals, so `window.__fixture` is the test's `window` too.
  for (const script of document.querySelectorAll('script')) {
    new Function('window', script.textContent ?? '')(globalThis);
  }
  return document;
}

export function fixtureApi<T>(): T {
  return (window as unknown as { __fixture: T }).__fixture;
}
