import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, EXPORT_SCHEMA_VERSION, exportCsv, exportJson, plainTextReport, reviewExportSchema } from './review-export';
import { reviewItemSchema, type ReviewItem } from './review-item';

const item: ReviewItem = reviewItemSchema.parse({
  key: 'xiaohongshu:c1',
  site: 'xiaohongshu',
  postId: 'c1',
  url: 'https://www.xiaohongshu.com/explore/6762c3d4000000000104d5e6',
  author: 'tex, "the real one"',
  locationLabel: '广东',
  excerpt: "I'm from Texas,\nreal American here",
  translation: '我来自德州，\n真正的美国人',
  sourceLanguage: 'en',
  script: 'Latin',
  topics: [
    {
      id: 'policy-cannabis',
      title: 'Cannabis',
      topic: 'drugs',
      regions: [
        { region: 'CN', level: 'prohibited', citation: { title: 'PRC Criminal Law, Arts. 347, 348, 357', url: 'https://flk.npc.gov.cn' } },
        { region: 'US', level: 'varies', citation: { title: 'Controlled Substances Act' } },
      ],
      platformRules: [{ platform: 'Xiaohongshu', source: { title: 'Community rules' } }],
      matched: ['weed'],
    },
  ],
  signals: [{ kind: 'location-mismatch', label: '广东', labelPlace: 'CN-GD', claim: "I'm from Texas", claimPlace: 'US-TX' }],
  status: 'escalated',
  note: '=HYPERLINK("http://evil.example","click")',
  firstSeenAt: Date.UTC(2026, 0, 2, 3, 4, 5),
  lastSeenAt: Date.UTC(2026, 0, 2, 4, 0, 0),
  decidedAt: Date.UTC(2026, 0, 3),
});

/** A small RFC 4180 reader, so the test checks what a spreadsheet would see rather than the writer's own code. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted && char === '"' && text[index + 1] === '"') {
      cell += '"';
      index++;
    } else if (quoted && char === '"') quoted = false;
    else if (quoted) cell += char;
    else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index++;
    } else cell += char;
  }
  return rows;
}

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tTAB', '\rCR'])('neutralises the formula-leading cell %j with an apostrophe', (value) => {
    const cell = csvCell(value);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    expect(unquoted).toBe(`'${value}`);
  });

  it('leaves a formula character inside the text alone', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('mail me @ home')).toBe('mail me @ home');
  });
});

describe('CSV export', () => {
  const rows = parseCsv(exportCsv([item, { ...item, key: 'xiaohongshu:c2', postId: 'c2', note: '' }]));

  it('has the documented header and one row per item, each as wide as the header', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('round-trips text with commas, quotes and line breaks, and keeps a formula note as text', () => {
    const row = Object.fromEntries(CSV_COLUMNS.map((column, index) => [column, rows[1]![index]]));
    expect(row.schema_version).toBe(String(EXPORT_SCHEMA_VERSION));
    expect(row.author).toBe('tex, "the real one"');
    expect(row.excerpt).toBe("I'm from Texas,\nreal American here");
    expect(row.note).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(row.topics).toBe('policy-cannabis');
    expect(row.levels).toBe('policy-cannabis@CN=prohibited | policy-cannabis@US=varies');
    expect(row.signals).toContain('location-mismatch: label "广东" (CN-GD) vs claim "I\'m from Texas" (US-TX)');
    expect(row.first_seen_at).toBe('2026-01-02T03:04:05.000Z');
    expect(rows[2]![CSV_COLUMNS.indexOf('post_id')]).toBe('c2');
  });

  it('no cell of any row starts with a formula character once unquoted', () => {
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('JSON export', () => {
  it('matches the versioned schema and carries every field', () => {
    const parsed = reviewExportSchema.parse(JSON.parse(exportJson([item], Date.UTC(2026, 0, 4))));
    expect(parsed.version).toBe(1);
    expect(parsed.exportedAt).toBe('2026-01-04T00:00:00.000Z');
    expect(parsed.items[0]).toMatchObject({
      site: 'xiaohongshu',
      postId: 'c1',
      status: 'escalated',
      decidedAt: '2026-01-03T00:00:00.000Z',
      topics: [{ id: 'policy-cannabis', regions: [{ region: 'CN', level: 'prohibited', citationUrl: 'https://flk.npc.gov.cn' }, { region: 'US', citationUrl: null }] }],
    });
  });

  it('an item without optional fields exports them as null, still valid', () => {
    const bare = reviewItemSchema.parse({ ...item, author: undefined, translation: undefined, decidedAt: undefined, topics: [], signals: [] });
    const parsed = reviewExportSchema.parse(JSON.parse(exportJson([bare])));
    expect(parsed.items[0]).toMatchObject({ author: null, translation: null, decidedAt: null });
  });

  it('the schema rejects a document of another version', () => {
    const document = JSON.parse(exportJson([item])) as Record<string, unknown>;
    expect(reviewExportSchema.safeParse({ ...document, version: 2 }).success).toBe(false);
  });
});

describe('plain-text report', () => {
  it('names the link, the topics by region and the signals as signals', () => {
    const report = plainTextReport(item);
    expect(report).toContain('Link: https://www.xiaohongshu.com/explore/6762c3d4000000000104d5e6#c1');
    expect(report).toContain('CN: prohibited — PRC Criminal Law, Arts. 347, 348, 357 <https://flk.npc.gov.cn>');
    expect(report).toContain('Signals (for a person to check, not findings):');
    expect(report).toContain('Moderator note:');
  });
});
