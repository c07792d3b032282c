// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { pageSchemeAt } from './page-scheme';

function textIn(color: string): HTMLElement {
  const element = document.createElement('p');
  element.style.color = color;
  document.body.append(element);
  return element;
}

describe('pageSchemeAt', () => {
  afterEach(() => document.body.replaceChildren());

  it('calls a page dark when its text is light, and light when its text is dark', () => {
    expect(pageSchemeAt(textIn('rgba(255, 255, 255, 0.9)'))).toBe('dark');
    expect(pageSchemeAt(textIn('#e6edf3'))).toBe('dark');
    expect(pageSchemeAt(textIn('#333'))).toBe('light');
    expect(pageSchemeAt(textIn('rgb(24, 25, 28)'))).toBe('light');
    // Saturated mid colours (a link blue) are not light text.
    expect(pageSchemeAt(textIn('rgb(0, 138, 197)'))).toBe('light');
  });

  it('inherits the colour the site set on an ancestor', () => {
    const wrapper = textIn('rgb(240, 240, 240)');
    const inner = document.createElement('span');
    wrapper.append(inner);
    expect(pageSchemeAt(inner)).toBe('dark');
  });
});
