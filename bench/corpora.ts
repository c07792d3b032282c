import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Real posts from ../shared/corpora (read in place, never copied): COLDataset
 * (Zhihu/Weibo, thu-coai/COLDataset a0c55a9) and TweetEval (cardiffnlp/tweeteval
 * 4fbd22c). Each post keeps its file and line so a judged sample can cite a
 * line number instead of the text.
 */
export interface CorpusPost {
  file: string;
  line: number;
  text: string;
  language: 'zh' | 'en';
}

/** `../shared/corpora` beside the repository (or beside the folder of worktrees), or FERRY_CORPORA_DIR. */
export const CORPORA_DIR =
  process.env.FERRY_CORPORA_DIR ?? [path.resolve('..', 'shared', 'corpora'), path.resolve('..', '..', 'shared', 'corpora')].find((dir) => existsSync(dir)) ?? path.resolve('..', 'shared', 'corpora');

/** COLD's TEXT column is the last one; a quoted field may hold commas and doubled quotes. */
function coldText(line: string): string | undefined {
  let field = 0;
  let index = 0;
  while (field < 4 && index < line.length) {
    if (line[index] === ',') field++;
    index++;
  }
  if (field < 4) return undefined;
  const rest = line.slice(index);
  return rest.startsWith('"') && rest.endsWith('"') ? rest.slice(1, -1).replace(/""/g, '"') : rest;
}

export function loadCorpora(dir = CORPORA_DIR): CorpusPost[] {
  const posts: CorpusPost[] = [];
  for (const file of ['cold/train.csv', 'cold/dev.csv']) {
    const full = path.join(dir, file);
    if (!existsSync(full)) continue;
    readFileSync(full, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (index === 0 || !line.trim()) return;
        const text = coldText(line.replace(/\r$/, ''));
        if (text) posts.push({ file, line: index + 1, text, language: 'zh' });
      });
  }
  for (const file of ['tweeteval/hate-train.txt', 'tweeteval/offensive-train.txt', 'tweeteval/irony-train.txt', 'tweeteval/emotion-train.txt', 'tweeteval/sentiment-val.txt']) {
    const full = path.join(dir, file);
    if (!existsSync(full)) continue;
    readFileSync(full, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.trim()) posts.push({ file, line: index + 1, text: line, language: 'en' });
      });
  }
  return posts;
}
