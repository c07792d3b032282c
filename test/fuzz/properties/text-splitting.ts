import fc from 'fast-check';
import { expect, it } from 'vitest';
import { segmentText, type CompactDictionary } from '../../../core/engines/dictionary';
import { splitForGtx } from '../../../core/engines/google-free';
import { htmlToText, textToHtml } from '../../../core/engines/html-text';
import { splitIntoBatches } from '../../../core/engines/translation-service';
import { visibleText } from '../../../core/sites/text';
import { mixedText } from './arbitraries';

const WORDS = ['种草', '火锅', '好吃', '成都', '了', '種草', '火鍋', '拔草', 'yyds', '#成都美食#', '@小鹿', 'https://x.com/a b'];

/** A small dictionary in the shipped format: enough for words, Traditional folding and pinyin-only characters. */
const DICTIONARY: CompactDictionary = {
  version: 'fuzz',
  license: 'test',
  entries: { 种草: ['zhòng cǎo', 'to spark interest'], 种: ['zhòng', 'to plant'], 草: ['cǎo', 'grass'], 火锅: ['huǒ guō', 'hotpot'], 好吃: ['hǎo chī', 'tasty'], 成都: ['Chéng dū', 'Chengdu'], 了: ['le', '(completed action marker)'] },
  traditional: { 種: '种', 鍋: '锅' },
  pinyin: { 拔: 'bá', 吃: 'chī' },
  simplifiedOnly: '种锅',
  traditionalOnly: '種鍋',
};

interface TextSpec {
  kind: 'text';
  value: string;
}
interface ElementSpec {
  kind: 'element';
  tag: string;
  ferry: boolean;
  children: NodeSpec[];
}
type NodeSpec = TextSpec | ElementSpec;

const HIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'BUTTON', 'IMG', 'SVG']);
const TAGS = ['SPAN', 'A', 'B', 'EM', 'DIV', 'P', 'LI', 'H1', 'BR', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'BUTTON', 'IMG', 'SECTION'];

const tree = fc.letrec<{ node: NodeSpec; element: ElementSpec }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, fc.record({ kind: fc.constant('text' as const), value: mixedText(WORDS, 6) }), tie('element')),
  element: fc.record({
    kind: fc.constant('element' as const),
    tag: fc.constantFrom(...TAGS),
    ferry: fc.integer({ min: 0, max: 4 }).map((roll) => roll === 0),
    children: fc.array(tie('node'), { maxLength: 4 }),
  }),
})).element;

function build(spec: NodeSpec): Node {
  if (spec.kind === 'text') return document.createTextNode(spec.value);
  const element = document.createElement(spec.tag);
  if (spec.ferry) element.setAttribute('data-ferry', 'annotation');
  if (spec.tag !== 'BR' && spec.tag !== 'IMG') element.append(...spec.children.map(build));
  return element;
}

/** The text a reader could see in the spec: Ferry's nodes, scripts, styles, controls and media left out. */
function shownText(spec: NodeSpec, root = true): string {
  if (spec.kind === 'text') return spec.value;
  if (!root && (spec.ferry || HIDDEN_TAGS.has(spec.tag))) return '';
  if (spec.tag === 'BR' || spec.tag === 'IMG') return '';
  return spec.children.map((child) => shownText(child, false)).join('');
}

const withoutSpace = (text: string) => text.replace(/\s/gu, '');

/** Text segmenters and splitters lose no character, add none and keep their order. */
export function textSplittingProperties(runs: number): void {
  it(`visibleText keeps every visible non-space character of a random DOM, in order (${runs} cases)`, () => {
    fc.assert(
      fc.property(tree, (spec) => {
        const root = build({ ...spec, ferry: false, tag: spec.tag === 'BR' || spec.tag === 'IMG' || HIDDEN_TAGS.has(spec.tag) ? 'DIV' : spec.tag }) as Element;
        const text = visibleText(root);
        expect(withoutSpace(text)).toBe(withoutSpace(shownText({ ...spec, tag: 'DIV' })));
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(/\n{3,}|[ \t\u00a0]{2,}/);
      }),
      { numRuns: runs },
    );
  });

  it(`splitForGtx pieces fit the URL budget and lose no character but spaces at a cut (${runs} cases)`, () => {
    fc.assert(
      fc.property(mixedText(WORDS, 60), fc.integer({ min: 40, max: 400 }), (text, maxEncoded) => {
        const pieces = splitForGtx(text, maxEncoded);
        // Line breaks come back from endsLine; spaces after a sentence cut are the joiner the caller puts between translations.
        const joined = pieces.map((piece, index) => (index > 0 && pieces[index - 1]!.endsLine ? '\n' : '') + piece.text).join('');
        expect(withoutSpace(joined)).toBe(withoutSpace(text));
        expect(joined.split('\n').length).toBe(text.split('\n').length);
        expect(pieces.at(-1)?.endsLine).toBe(false);
        for (const piece of pieces) expect(encodeURIComponent(piece.text.toWellFormed()).length).toBeLessThanOrEqual(maxEncoded);
      }),
      { numRuns: runs },
    );
  });

  it('splitForGtx measures a lone surrogate as the URL sends it and adds no line break at a blank cut (found by fuzzing)', () => {
    expect(splitForGtx('孤\ud800', 40)).toEqual([{ text: '孤\ud800', endsLine: false }]);
    const pieces = splitForGtx('\u0800\u{10000}\u{10000}\ufeff', 40);
    expect(pieces.some((piece) => piece.endsLine || piece.text.includes('\n'))).toBe(false);
  });

  it(`splitIntoBatches keeps every job once, in order, within the engine's limits (${runs} cases)`, () => {
    const jobs = fc.array(fc.record({ text: fc.string({ unit: 'binary', maxLength: 40 }) }), { maxLength: 60 });
    fc.assert(
      fc.property(jobs, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 120 }), fc.option(fc.integer({ min: 1, max: 50 })), (input, maxSegments, maxChars, maxTokens) => {
        const estimateTokens = (text: string) => Math.ceil(text.length / 3);
        const capabilities = { maxSegments, maxChars, ...(maxTokens === null ? {} : { maxTokens, estimateTokens }) };
        const batches = splitIntoBatches(input, { capabilities } as Parameters<typeof splitIntoBatches>[1]);
        expect(batches.flat()).toEqual(input);
        batches.flat().forEach((job, index) => expect(job).toBe(input[index]));
        for (const batch of batches) {
          expect(batch.length).toBeGreaterThan(0);
          expect(batch.length).toBeLessThanOrEqual(maxSegments);
          if (batch.length > 1) expect(batch.reduce((sum, job) => sum + job.text.length, 0)).toBeLessThanOrEqual(maxChars);
        }
      }),
      { numRuns: runs },
    );
  });

  it(`the dictionary segmenter's pieces join back to the text exactly (${runs} cases)`, () => {
    fc.assert(
      fc.property(mixedText(WORDS, 30), (text) => {
        expect(segmentText(DICTIONARY, text).map((segment) => segment.text).join('')).toBe(text);
      }),
      { numRuns: runs },
    );
  });

  it(`text through the HTML engines' encoding comes back unchanged but for spaces at line breaks (${runs} cases)`, () => {
    fc.assert(
      fc.property(mixedText(WORDS, 30), (text) => {
        const expected = text.replace(/\r\n?/g, '\n').replace(/[ \t]*\n[ \t]*/g, '\n');
        expect(htmlToText(textToHtml(text))).toBe(expected);
      }),
      { numRuns: runs },
    );
  });
}
