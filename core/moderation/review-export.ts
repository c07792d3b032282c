import { z } from 'zod';
import { reviewItemSchema, type ReviewItem } from './review-item';

/**
 * The review queue's export formats, documented in docs/review-export-schema.md.
 * The version changes whenever a field or column is added, renamed or removed.
 */
export const EXPORT_SCHEMA_VERSION = 1;
export const EXPORT_SCHEMA_NAME = 'ferry-review-export';

export const exportedItemSchema = z.object({
  site: z.string(),
  postId: z.string(),
  url: z.string(),
  author: z.string().nullable(),
  locationLabel: z.string().nullable(),
  excerpt: z.string(),
  translation: z.string().nullable(),
  sourceLanguage: z.string().nullable(),
  script: z.string().nullable(),
  topics: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      topic: z.string().nullable(),
      regions: z.array(z.object({ region: z.string(), level: z.enum(['prohibited', 'restricted', 'allowed', 'varies']), citation: z.string(), citationUrl: z.string().nullable() })),
      platformRules: z.array(z.object({ platform: z.string(), source: z.string(), sourceUrl: z.string().nullable() })),
      matched: z.array(z.string()),
    }),
  ),
  signals: z.array(reviewItemSchema.shape.signals.element),
  /** Coded language decoded in the post; absent in exports written before it existed. */
  coded: z.array(z.object({ id: z.string(), written: z.string(), meaning: z.string(), topic: z.string() })).default([]),
  status: z.enum(['new', 'reviewed', 'escalated', 'dismissed']),
  note: z.string(),
  firstSeenAt: z.string().datetime(),
  lastSeenAt: z.string().datetime(),
  decidedAt: z.string().datetime().nullable(),
});

export const reviewExportSchema = z.object({
  schema: z.literal(EXPORT_SCHEMA_NAME),
  version: z.literal(EXPORT_SCHEMA_VERSION),
  exportedAt: z.string().datetime(),
  items: z.array(exportedItemSchema),
});
export type ReviewExport = z.infer<typeof reviewExportSchema>;

const iso = (time: number) => new Date(time).toISOString();

function toExported(item: ReviewItem): z.infer<typeof exportedItemSchema> {
  return {
    site: item.site,
    postId: item.postId,
    url: item.url,
    author: item.author ?? null,
    locationLabel: item.locationLabel ?? null,
    excerpt: item.excerpt,
    translation: item.translation ?? null,
    sourceLanguage: item.sourceLanguage ?? null,
    script: item.script ?? null,
    topics: item.topics.map((topic) => ({
      id: topic.id,
      title: topic.title,
      topic: topic.topic ?? null,
      regions: topic.regions.map((region) => ({ region: region.region, level: region.level, citation: region.citation.title, citationUrl: region.citation.url ?? null })),
      platformRules: topic.platformRules.map((rule) => ({ platform: rule.platform, source: rule.source.title, sourceUrl: rule.source.url ?? null })),
      matched: topic.matched,
    })),
    signals: item.signals,
    coded: item.coded ?? [],
    status: item.status,
    note: item.note,
    firstSeenAt: iso(item.firstSeenAt),
    lastSeenAt: iso(item.lastSeenAt),
    decidedAt: item.decidedAt === undefined ? null : iso(item.decidedAt),
  };
}

export function exportJson(items: ReviewItem[], now = Date.now()): string {
  const document: ReviewExport = { schema: EXPORT_SCHEMA_NAME, version: EXPORT_SCHEMA_VERSION, exportedAt: iso(now), items: items.map(toExported) };
  return JSON.stringify(document, null, 2);
}

/** The CSV columns, in order. Multi-valued cells join their values with " | ". */
export const CSV_COLUMNS = [
  'schema_version',
  'site',
  'post_id',
  'url',
  'author',
  'location_label',
  'excerpt',
  'translation',
  'source_language',
  'script',
  'topics',
  'levels',
  'citations',
  'signals',
  'status',
  'note',
  'first_seen_at',
  'last_seen_at',
  'decided_at',
] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break,
 * quotes doubled. A cell a spreadsheet would run as a formula (= + - @, or a
 * tab or carriage return first) gets a leading apostrophe, so it stays text.
 */
export function csvCell(value: string): string {
  const neutral = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral;
}

export function signalSummary(signal: ReviewItem['signals'][number]): string {
  switch (signal.kind) {
    case 'location-mismatch':
      return `location-mismatch: label "${signal.label}" (${signal.labelPlace}) vs claim "${signal.claim}" (${signal.claimPlace})`;
    case 'script-mismatch':
      return `script-mismatch: written in ${signal.script}, claim "${signal.claim}" (${signal.claimPlace}) usually writes ${signal.expected.join('/')}`;
    case 'duplicate-text':
      return `duplicate-text: same text from ${signal.accounts} accounts${signal.authors.length ? ` (${signal.authors.join(', ')})` : ''}`;
  }
}

function csvRow(item: ReviewItem): string[] {
  const regions = item.topics.flatMap((topic) => topic.regions.map((region) => ({ topic, region })));
  return [
    String(EXPORT_SCHEMA_VERSION),
    item.site,
    item.postId,
    item.url,
    item.author ?? '',
    item.locationLabel ?? '',
    item.excerpt,
    item.translation ?? '',
    item.sourceLanguage ?? '',
    item.script ?? '',
    item.topics.map((topic) => topic.id).join(' | '),
    regions.map(({ topic, region }) => `${topic.id}@${region.region}=${region.level}`).join(' | '),
    regions.map(({ topic, region }) => `${topic.id}@${region.region}: ${region.citation.title}`).join(' | '),
    item.signals.map(signalSummary).join(' | '),
    item.status,
    item.note,
    iso(item.firstSeenAt),
    iso(item.lastSeenAt),
    item.decidedAt === undefined ? '' : iso(item.decidedAt),
  ];
}

/** CRLF line ends, as RFC 4180 asks; a header row first. */
export function exportCsv(items: ReviewItem[]): string {
  return [[...CSV_COLUMNS], ...items.map(csvRow)].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One item as a plain-text report for pasting into a ticket or chat. */
export function plainTextReport(item: ReviewItem): string {
  const lines = [
    `Ferry review item (${item.site})`,
    `Link: ${item.url}#${item.postId}`,
    `Author: ${item.author ?? '-'}${item.locationLabel ? ` (displayed location: ${item.locationLabel})` : ''}`,
    `Status: ${item.status}${item.decidedAt === undefined ? '' : ` (${iso(item.decidedAt)})`}`,
    `Seen: ${iso(item.firstSeenAt)} – ${iso(item.lastSeenAt)}`,
    '',
    `Text${item.sourceLanguage ? ` [${item.sourceLanguage}${item.script ? `, ${item.script}` : ''}]` : ''}:`,
    item.excerpt,
  ];
  if (item.translation) lines.push('', 'Translation:', item.translation);
  if (item.topics.length) {
    lines.push('', 'Policy topics:');
    for (const topic of item.topics) {
      lines.push(`- ${topic.title} (${topic.id})${topic.matched.length ? `, matched: ${topic.matched.join(', ')}` : ''}`);
      for (const region of topic.regions) lines.push(`    ${region.region}: ${region.level} — ${region.citation.title}${region.citation.url ? ` <${region.citation.url}>` : ''}`);
      for (const rule of topic.platformRules) lines.push(`    ${rule.platform}: ${rule.source.title}${rule.source.url ? ` <${rule.source.url}>` : ''}`);
    }
  }
  if (item.signals.length) {
    lines.push('', 'Signals (for a person to check, not findings):');
    for (const signal of item.signals) lines.push(`- ${signalSummary(signal)}`);
  }
  if (item.note) lines.push('', 'Moderator note:', item.note);
  return lines.join('\n');
}
