import type { FixtureMatch } from './types';

/*
 * Any other page ("translate this page" from the popup). No site structure to
 * rely on: readable text blocks, minus page chrome, forms and code.
 */

/** Blocks that usually hold a paragraph of prose. */
export const textBlock = 'p, li, blockquote, dd, figcaption, h1, h2, h3, h4';
export const textBlock_ = [[24, 'article.html']] satisfies FixtureMatch[];

/** Page chrome and machine text: never translated. */
export const skipInside = 'nav, header[role="banner"], footer, aside, form, pre, code, kbd, samp, script, style, noscript, template, [aria-hidden="true"], [hidden], [translate="no"], .notranslate';
export const skipInside_ = [[10, 'article.html']] satisfies FixtureMatch[];
