import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * Real rendered pages saved by people from their own browsers (shared/real-dom,
 * beside the repository: `../shared` in CI, two levels up in a worktree). They
 * are the reference the adapters and selectors are checked against; when they
 * are absent the tests that need them are skipped, never faked.
 */
const CANDIDATES = [process.env.FERRY_REAL_DOM, path.resolve('../shared/real-dom'), path.resolve('../../shared/real-dom')];

export const REAL_DOM_DIR: string | undefined = CANDIDATES.find((dir): dir is string => !!dir && existsSync(path.join(dir, 'README.md')));

/** The saved page's HTML with `<script>` elements removed: the DOM is already rendered. */
export function realPageHtml(file: string): string {
  if (!REAL_DOM_DIR) throw new Error('shared/real-dom is not present');
  return readFileSync(path.join(REAL_DOM_DIR, file), 'utf8').replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
}

/** Every real page with the URL it was saved from (ids as in the page). */
export const REAL_PAGES = {
  reddit: { file: 'reddit/thread-2024-05.html', url: 'https://www.reddit.com/r/BoomersBeingFools/comments/1cq6hci/boomer_did_not_like_the_fact_i_took_down_the/' },
  weibo: { file: 'weibo/detail-comments-2025-09.html', url: 'https://weibo.com/7002084904/Q4q6rv6rH' },
  xiaohongshu: { file: 'xiaohongshu/note-comments-2025-01.html', url: 'https://www.xiaohongshu.com/explore/6785dbeb0000000018012f7c' },
} as const;
