import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgePackSchema } from '../../core/knowledge/schema';
import { judgedSampleSchema, precisionLine, precisionTable } from '../../scripts/knowledge-precision/sample';

/**
 * The hand-judged sample behind docs/knowledge-precision.md: well-formed, large
 * enough, about entries that exist, and giving exactly the figures the report
 * states. (The corpora themselves live outside the repository; the sample
 * quotes COLD posts and names tweets by line.)
 */
const sample = judgedSampleSchema.safeParse(JSON.parse(readFileSync(path.resolve('test/fixtures/knowledge/precision-sample.json'), 'utf8')));
const report = readFileSync(path.resolve('docs/knowledge-precision.md'), 'utf8');
const entryIds = new Set(
  ['culture', 'en-slang', 'policy', 'zh-slang'].flatMap((pack) =>
    knowledgePackSchema.parse(JSON.parse(readFileSync(path.resolve(`data/${pack}.json`), 'utf8'))).entries.map((entry) => entry.id),
  ),
);

describe('judged precision sample', () => {
  it('is well-formed', () => {
    expect(sample.success ? [] : sample.error.issues.slice(0, 5)).toEqual([]);
  });
  if (!sample.success) return;
  const { items } = sample.data;

  it('judges at least 200 matches per language, each once', () => {
    expect(items.filter((item) => item.language === 'zh').length).toBeGreaterThanOrEqual(200);
    expect(items.filter((item) => item.language === 'en').length).toBeGreaterThanOrEqual(200);
    const keys = items.map((item) => `${item.ref} ${item.entryId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names entries that exist, quotes COLD posts that contain the match, and explains every wrong note', () => {
    expect(items.filter((item) => !entryIds.has(item.entryId)).map((item) => item.entryId)).toEqual([]);
    expect(items.filter((item) => item.language === 'zh' && !item.post?.includes(item.match)).map((item) => item.ref)).toEqual([]);
    expect(items.filter((item) => !item.right && !item.why).map((item) => item.ref)).toEqual([]);
  });

  it('gives the precision figures the report states', () => {
    for (const row of precisionTable(items)) expect(report).toContain(precisionLine(row));
  });

  it('reports the wrong notes it found', () => {
    for (const item of items.filter((judged) => !judged.right)) expect(report).toContain(`${item.ref} \`${item.entryId}\``);
  });
});
