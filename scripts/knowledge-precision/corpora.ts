import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * The shared real-text corpora (see their README): COLDataset's Chinese posts
 * and TweetEval's English tweets. They live outside the repository and are
 * read in place, never copied into it. FERRY_CORPORA overrides the location.
 */
export interface CorpusPost {
  /**
   * Where the post is: "cold/train.csv:812" (the CSV record, counted from 1 after the header; COLD's own
   * id column repeats across topics) or "tweeteval/hate-train.txt:12" (the line number).
   */
  ref: string;
  language: 'zh' | 'en';
  text: string;
}

export function corporaDir(): string | undefined {
  const candidates = [process.env.FERRY_CORPORA, path.resolve('../shared/corpora'), path.resolve('../../shared/corpora')];
  return candidates.find((dir): dir is string => !!dir && existsSync(path.join(dir, 'README.md')));
}

export const COLD_FILES = ['cold/train.csv', 'cold/dev.csv'];
export const TWEET_FILES = ['tweeteval/emotion-train.txt', 'tweeteval/hate-train.txt', 'tweeteval/irony-train.txt', 'tweeteval/offensive-train.txt', 'tweeteval/sentiment-val.txt'];

export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
}

export function loadCorpora(dir: string): CorpusPost[] {
  const posts: CorpusPost[] = [];
  for (const file of COLD_FILES) {
    const rows = parseCsv(readFileSync(path.join(dir, file), 'utf8'));
    rows.slice(1).forEach((row, index) => {
      const text = row[4];
      if (text) posts.push({ ref: `${file}:${index + 1}`, language: 'zh', text });
    });
  }
  for (const file of TWEET_FILES) {
    readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.trim()) posts.push({ ref: `${file}:${index + 1}`, language: 'en', text: line });
      });
  }
  return posts;
}
