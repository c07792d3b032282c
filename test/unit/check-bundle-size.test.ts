import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBundles, staticImportClosure } from '../../scripts/check-bundle-size.mjs';

let dir: string;

function fakePackage(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'ferry-bundle-'));
  for (const [file, code] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), code);
  }
  return dir;
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('check-bundle-size', () => {
  it("counts the background's static imports, transitively, but not its on-demand chunks", () => {
    const root = fakePackage({
      'background.js': 'import{a as b}from"./chunks/a.js";export*from"./chunks/b.js";const c=()=>import("./chunks/lazy.js");',
      'chunks/a.js': 'import"./c.js";export const a=1;',
      'chunks/b.js': 'export const b=2;',
      'chunks/c.js': 'console.log(3);',
      'chunks/lazy.js': 'x'.repeat(10_000),
      'content-scripts/content.js': 'var x=1;',
    });
    expect(staticImportClosure(root, 'background.js').sort()).toEqual(['background.js', 'chunks/a.js', 'chunks/b.js', 'chunks/c.js']);
  });

  it('fails a bundle whose gzipped size is over its budget and passes the rest', () => {
    // Random hex compresses to about half: some 10 KB gzipped.
    const noisy = randomBytes(10_000).toString('hex');
    const root = fakePackage({ 'background.js': 'export{};', 'content-scripts/content.js': `var s="${noisy}";`, 'content-scripts/small.js': 'var s=1;' });
    const results = checkBundles(root, { contentScript: 4 * 1024, background: 1024 });
    expect(results.map(({ name, ok }) => [name, ok])).toEqual([
      ['content-scripts/content.js', false],
      ['content-scripts/small.js', true],
      ['background.js + static imports', true],
    ]);
    const content = results[0]!;
    expect(content.raw).toBeGreaterThan(20_000);
    expect(content.gzip).toBeLessThan(content.raw);
  });
});
