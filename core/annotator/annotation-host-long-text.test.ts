// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnnotationHost, DISPLAY_STEP_CHARS, displayCut } from './annotation-host';

function drawn(text: string) {
  const host = new AnnotationHost(document, 'k', 'post', 'body', 'source');
  document.body.append(host.element);
  host.render({ status: 'done', text, lang: 'en', meta: 'by test', moreLabel: (hidden) => `Show more (${hidden} left)` });
  const root = host.element.shadowRoot!;
  return { box: () => root.querySelector('.text')!, more: () => root.querySelector<HTMLButtonElement>('button.more') };
}

describe('long translations', () => {
  it('draws a short translation whole, without a button', () => {
    const { box, more } = drawn('Sisters, this hotpot place is amazing');
    expect(box().textContent).toBe('Sisters, this hotpot place is amazing');
    expect(more()).toBeNull();
  });

  it('draws a long translation a step at a time, and all of it after enough clicks', () => {
    const text = 'The broth is rich and the lamb is tender. '.repeat(500);
    const { box, more } = drawn(text);
    const first = box().textContent!;
    expect(first.length).toBeLessThanOrEqual(DISPLAY_STEP_CHARS);
    expect(first.length).toBeGreaterThan(DISPLAY_STEP_CHARS - 200);
    expect(text.startsWith(first)).toBe(true);
    // Cut after a space, not inside a word.
    expect(first.endsWith(' ')).toBe(true);
    expect(more()!.textContent).toBe(`Show more (${text.length - first.length} left)`);
    let clicks = 0;
    while (more() && clicks++ < 20) more()!.click();
    expect(box().textContent).toBe(text);
    expect(more()).toBeNull();
  });

  it('never splits a surrogate pair and always makes progress', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', '。', '😀', '\uD800', '\uDC00', '\n'), { maxLength: 3_000 }).map((parts) => parts.join('')), fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 1, max: 500 }), (text, from, limit) => {
        const start = Math.min(from, text.length);
        const cut = displayCut(text, start, limit);
        expect(cut).toBeLessThanOrEqual(text.length);
        if (start < text.length) expect(cut).toBeGreaterThan(start);
        const before = text.charCodeAt(cut - 1);
        const after = text.charCodeAt(cut);
        if (cut > start && cut < text.length) expect(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
