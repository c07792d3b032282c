import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints snippets as if they were extension code, with the project's own config.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(code: string, filePath = 'core/annotator/example.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'fatal');
}

// Loading the TypeScript parser takes seconds on a busy machine.
describe('lint: no HTML sinks or code from strings in extension code', { timeout: 30_000 }, () => {
  const forbidden: [string, string, string][] = [
    ['innerHTML', 'export const f = (el: Element, s: string) => { el.innerHTML = s; };', 'no-restricted-syntax'],
    ['innerHTML +=', 'export const f = (el: Element, s: string) => { el.innerHTML += s; };', 'no-restricted-syntax'],
    ['computed innerHTML', "export const f = (el: Element, s: string) => { el['innerHTML'] = s; };", 'no-restricted-syntax'],
    ['outerHTML', 'export const f = (el: Element, s: string) => { el.outerHTML = s; };', 'no-restricted-syntax'],
    ['insertAdjacentHTML', "export const f = (el: Element, s: string) => el.insertAdjacentHTML('beforeend', s);", 'no-restricted-syntax'],
    ['document.write', 'export const f = (s: string) => document.write(s);', 'no-restricted-properties'],
    ['document.writeln', 'export const f = (s: string) => document.writeln(s);', 'no-restricted-properties'],
    ['createContextualFragment', 'export const f = (s: string) => document.createRange().createContextualFragment(s);', 'no-restricted-syntax'],
    ['DOMParser', "export const f = (s: string) => new DOMParser().parseFromString(s, 'text/html');", 'no-restricted-syntax'],
    ['srcdoc', 'export const f = (frame: HTMLIFrameElement, s: string) => { frame.srcdoc = s; };', 'no-restricted-syntax'],
    ['eval', 'export const f = (s: string) => eval(s);', 'no-eval'],
    ['new Function', 'export const f = (s: string) => new Function(s);', 'no-new-func'],
    ['setTimeout with a string', "export const f = () => setTimeout('run()', 1);", 'no-implied-eval'],
  ];

  it.each(forbidden)('rejects %s', async (_name, code, rule) => {
    expect(await ruleIdsFor(code)).toContain(rule);
  });

  it('rejects dangerouslySetInnerHTML in React components', async () => {
    const code = 'export const Card = ({ html }: { html: string }) => <div dangerouslySetInnerHTML={{ __html: html }} />;';
    expect(await ruleIdsFor(code, 'components/example.tsx')).toContain('no-restricted-syntax');
  });

  it('accepts the safe equivalents', async () => {
    const code = [
      "export const f = (el: Element, s: string) => { el.textContent = s; el.append(document.createTextNode(s)); el.setAttribute('title', s); };",
      "export const g = (el: Element) => el.innerHTML.length;",
    ].join('\n');
    expect(await ruleIdsFor(code)).toEqual([]);
  });
});
