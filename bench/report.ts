import { cpus, totalmem } from 'node:os';

export interface BenchRow {
  metric: string;
  value: string;
  target?: string;
  pass?: boolean;
}

export interface BenchSection {
  title: string;
  method: string;
  rows: BenchRow[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function header(chromium: string): string[] {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench`; do not edit by hand.',
    '',
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${process.platform} ${process.arch}`,
    `- Node ${process.version}; ${chromium}`,
    // FERRY_BENCH_NOTE: conditions worth knowing when reading the figures (a machine shared with other work).
    ...(process.env.FERRY_BENCH_NOTE ? [`- Note: ${process.env.FERRY_BENCH_NOTE}`] : []),
    '',
  ];
}

function renderSection(section: BenchSection): string[] {
  const lines = [`## ${section.title}`, '', section.method, '', '| Metric | Value | Target | Met |', '| --- | --- | --- | --- |'];
  for (const row of section.rows) {
    const met = row.pass === undefined ? '' : row.pass ? 'yes' : '**no**';
    lines.push(`| ${row.metric} | ${row.value} | ${row.target ?? ''} | ${met} |`);
  }
  lines.push('');
  return lines;
}

export function renderReport(sections: BenchSection[], chromium: string): string {
  return [...header(chromium), ...sections.flatMap(renderSection)].join('\n');
}

/**
 * An earlier report with some sections re-run: those replace the sections of
 * the same title (new ones are added at the end), the header is renewed, and
 * every other section is kept as it was.
 */
export function mergeReport(previous: string, sections: BenchSection[], chromium: string): string {
  const blocks = previous.split(/\n(?=## )/).slice(1);
  const fresh = new Map(sections.map((section) => [section.title, renderSection(section).join('\n')]));
  const merged = blocks.map((block) => {
    const title = block.slice(3, block.indexOf('\n'));
    const replacement = fresh.get(title);
    if (replacement === undefined) return block.replace(/\n+$/, '\n');
    fresh.delete(title);
    return replacement;
  });
  return [...header(chromium), ...merged, ...fresh.values()].join('\n');
}
