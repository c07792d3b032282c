// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { reddit } from '../sites/reddit';
import { diagnoseLayout, formatDiagnosis, pageKey } from './layout-check';
import { LayoutWatch } from './layout-watch';
import { selectorProbes } from './selector-probes';

const URL_ = new URL('https://www.reddit.com/r/AskNYC/comments/1j9x2ab/where_do_you_get_the_best_soup_dumplings_in/');

function redditPage(rename = false): Document {
  let html = readFileSync(path.resolve('test/fixtures/sites/reddit/post-page.html'), 'utf8');
  // A redesign: the components Ferry looks for are renamed.
  if (rename) html = html.replace(/shreddit-(post|comment)\b/g, 'reddit-$1-v2');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('layout check', () => {
  it('recognises a page where the adapter finds posts', () => {
    expect(diagnoseLayout(reddit, selectorProbes('reddit'), redditPage(), URL_)).toBeNull();
  });

  it('names the adapter and the selectors that match nothing, with no page text and no address', () => {
    const diagnosis = diagnoseLayout(reddit, selectorProbes('reddit'), redditPage(true), URL_, new Date('2026-01-02T03:04:05Z'))!;
    expect(diagnosis).toMatchObject({ adapter: 'reddit', host: 'www.reddit.com', pageKey: pageKey(URL_), at: '2026-01-02T03:04:05.000Z' });
    expect(diagnosis.failedSelectors.map((failed) => failed.name)).toEqual(expect.arrayContaining(['post', 'comment', 'postTitle', 'postBody']));
    expect(diagnosis.failedSelectors.find((failed) => failed.name === 'post')!.selector).toBe('shreddit-post[id^="t3_"]');
    expect(diagnosis.textBlocks).toBeGreaterThanOrEqual(3);
    const stored = JSON.stringify(diagnosis);
    expect(stored).not.toContain('dumpling');
    expect(stored).not.toContain('AskNYC');
    const report = formatDiagnosis(diagnosis, '1.2.3');
    expect(report).toContain('adapter: reddit');
    expect(report).toContain('  post: shreddit-post[id^="t3_"]');
    expect(report).not.toContain('dumpling');
  });

  it('says nothing on a page without readable text (a blank or loading page)', () => {
    const doc = new DOMParser().parseFromString('<html><body><div id="root"><button>Log in</button></div></body></html>', 'text/html');
    expect(diagnoseLayout(reddit, selectorProbes('reddit'), doc, URL_)).toBeNull();
  });

  it('has page-level selectors for every site adapter, and a page key that ignores the fragment', () => {
    for (const id of ['bilibili', 'douyin', 'instagram', 'old-reddit', 'reddit', 'threads', 'tiktok', 'weibo-mobile', 'weibo', 'x', 'xiaohongshu', 'youtube']) {
      expect(Object.keys(selectorProbes(id)).length, id).toBeGreaterThan(0);
    }
    expect(pageKey('https://www.reddit.com/r/a/#x')).toBe(pageKey('https://www.reddit.com/r/a/'));
    expect(pageKey('https://www.reddit.com/r/a/')).not.toBe(pageKey('https://www.reddit.com/r/b/'));
  });
});

describe('layout watch', () => {
  it('judges a page once after the grace period, and takes the verdict back when posts appear later', () => {
    vi.useFakeTimers();
    const doc = redditPage(true);
    const unrecognised = vi.fn();
    const recognised = vi.fn();
    const watch = new LayoutWatch({ adapter: reddit, probes: selectorProbes('reddit'), doc, location: () => URL_.href, graceMs: 1000, onUnrecognised: unrecognised, onRecognised: recognised });
    watch.start();
    vi.advanceTimersByTime(999);
    expect(unrecognised).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(unrecognised).toHaveBeenCalledTimes(1);
    // The same page judged again (an in-app navigation back to it) is not reported twice.
    watch.start();
    vi.advanceTimersByTime(1000);
    expect(unrecognised).toHaveBeenCalledTimes(1);
    // The site finished rendering late: the posts are there now.
    doc.body.innerHTML = redditPage().body.innerHTML;
    watch.start();
    vi.advanceTimersByTime(1000);
    expect(recognised).toHaveBeenCalledWith(pageKey(URL_));
    vi.useRealTimers();
  });
});
