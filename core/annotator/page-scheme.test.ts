// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { measureScheme, pageSchemeAt } from './page-scheme';

function textIn(color: string): HTMLElement {
  const element = document.createElement('p');
  element.style.color = color;
  document.body.append(element);
  return element;
}

describe('measureScheme', () => {
  afterEach(() => document.body.replaceChildren());

  it('calls a page dark when its text is light, and light when its text is dark', () => {
    expect(measureScheme(textIn('rgba(255, 255, 255, 0.9)'))).toBe('dark');
    expect(measureScheme(textIn('#e6edf3'))).toBe('dark');
    expect(measureScheme(textIn('#333'))).toBe('light');
    expect(measureScheme(textIn('rgb(24, 25, 28)'))).toBe('light');
    // Saturated mid colours (a link blue) are not light text.
    expect(measureScheme(textIn('rgb(0, 138, 197)'))).toBe('light');
  });

  it('inherits the colour the site set on an ancestor', () => {
    const wrapper = textIn('rgb(240, 240, 240)');
    const inner = document.createElement('span');
    wrapper.append(inner);
    expect(measureScheme(inner)).toBe('dark');
  });
});

describe('pageSchemeAt', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  it('reads the page once per half second, and a dialog over it on its own', () => {
    vi.useFakeTimers();
    const styles = vi.spyOn(window, 'getComputedStyle');
    expect(pageSchemeAt(textIn('#333'))).toBe('light');
    expect(pageSchemeAt(textIn('#444'))).toBe('light');
    expect(styles).toHaveBeenCalledTimes(1);

    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.style.color = '#f0f0f0';
    document.body.append(dialog);
    const inDialog = document.createElement('p');
    dialog.append(inDialog);
    expect(pageSchemeAt(inDialog)).toBe('dark');
    expect(styles).toHaveBeenCalledTimes(2);

    vi.advanceTimersByTime(600);
    pageSchemeAt(textIn('#333'));
    expect(styles).toHaveBeenCalledTimes(3);
    styles.mockRestore();
  });
});
