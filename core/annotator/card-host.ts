import { attachFerryShadow } from './ferry-dom';

/**
 * The element every Ferry card lives in: a host carrying the public
 * data-ferry-* contract and a shadow root (closed in the production build, see ferry-dom.ts) with the styles and one
 * `.card`. Shared by translation annotations and moderation cards.
 */
export function createCardHost(doc: Document, tag: string, attributes: Record<string, string>, css: string): { element: HTMLElement; card: HTMLDivElement } {
  const element = doc.createElement(tag);
  element.setAttribute('data-ferry', 'annotation');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute('data-ferry-status', 'pending');
  // Inline so site rules on unknown elements cannot hide or float it.
  element.style.setProperty('display', 'block', 'important');
  const shadow = attachFerryShadow(element);
  const style = doc.createElement('style');
  style.textContent = css;
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('part', 'card');
  // Clicks on the card are Ferry's: the site must not open the note or a reply box.
  for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']) card.addEventListener(type, (event) => event.stopPropagation());
  shadow.append(style, card);
  return { element, card };
}
