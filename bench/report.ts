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

export function renderReport(sections: BenchSection[], chromium: string): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench`; do not edit by hand.',
    '',
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${process.platform} ${process.arch}`,
    `- Node ${process.version}; ${chromium}`,
    '',
  ];
  for (const section of sections) {
    lines.push(`## ${section.title}`, '', section.method, '', '| Metric | Value | Target | Met |', '| --- | --- | --- | --- |');
    for (const row of section.rows) {
      const met = row.pass === undefined ? '' : row.pass ? 'yes' : '**no**';
      lines.push(`| ${row.metric} | ${row.value} | ${row.target ?? ''} | ${met} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
