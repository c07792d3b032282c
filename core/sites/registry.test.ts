import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterForUrl, contentScriptMatches, siteAdapters } from './registry';

const SITES_DIR = path.resolve('core/sites');
const FIXTURES_DIR = path.resolve('test/fixtures/sites');
// generic-page is injected on request by the popup, never matched by address; page-bridge is shared by adapters.
const NOT_ADAPTERS = new Set(['registry', 'types', 'text', 'generic-page', 'page-bridge']);

describe('site adapter conventions', () => {
  const adapterFiles = readdirSync(SITES_DIR)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.selectors.ts'))
    .map((file) => file.replace(/\.ts$/, ''))
    .filter((name) => !NOT_ADAPTERS.has(name));

  it('registers every adapter file, and its id equals its file name', () => {
    expect(siteAdapters.map((adapter) => adapter.id).sort()).toEqual(adapterFiles.sort());
  });

  it('gives every adapter a selectors module and committed fixtures', () => {
    const files = readdirSync(SITES_DIR);
    const fixtureSites = readdirSync(FIXTURES_DIR);
    for (const adapter of siteAdapters) {
      expect(files).toContain(`${adapter.id}.selectors.ts`);
      expect(fixtureSites).toContain(adapter.id);
    }
  });

  it('maps the English platforms to their adapters, and look-alike hosts to none', () => {
    expect(adapterForUrl('https://www.tiktok.com/@trailcook.mia/video/7412583690123456789')?.id).toBe('tiktok');
    expect(adapterForUrl('https://tiktok.com.example/')).toBeUndefined();
    expect(contentScriptMatches).toContain('*://www.tiktok.com/*');
    expect(adapterForUrl('https://www.instagram.com/p/C9kT2mLxQ4e/')?.id).toBe('instagram');
    expect(adapterForUrl('https://instagram.com.evil.example/p/C9kT2mLxQ4e/')).toBeUndefined();
    expect(contentScriptMatches).toContain('*://www.instagram.com/*');
    expect(adapterForUrl('https://www.threads.com/@river.codes/post/C9xYzAbCdEf')?.id).toBe('threads');
    expect(adapterForUrl('https://www.threads.net/@river.codes/post/C9xYzAbCdEf')?.id).toBe('threads');
    expect(adapterForUrl('https://threads.community.example/')).toBeUndefined();
    expect(contentScriptMatches).toEqual(expect.arrayContaining(['*://www.threads.com/*', '*://www.threads.net/*']));
  });

  it('maps X, both Reddits and YouTube, with old.reddit.com kept apart from www.reddit.com', () => {
    expect(adapterForUrl('https://x.com/dana_builds/status/1899000000000000102')?.id).toBe('x');
    expect(adapterForUrl('https://twitter.com/home')?.id).toBe('x');
    expect(adapterForUrl('https://mobile.x.com/home')?.id).toBe('x');
    expect(adapterForUrl('https://x.com.evil.example/')).toBeUndefined();
    expect(adapterForUrl('https://notx.com/')).toBeUndefined();
    expect(adapterForUrl('https://www.reddit.com/r/AskNYC/comments/1j9x2ab/')?.id).toBe('reddit');
    expect(adapterForUrl('https://old.reddit.com/r/AskNYC/comments/1j9x2ab/')?.id).toBe('old-reddit');
    expect(adapterForUrl('https://reddit.com.evil.example/')).toBeUndefined();
    expect(adapterForUrl('https://www.youtube.com/watch?v=Vb1cKq9xT0A')?.id).toBe('youtube');
    expect(adapterForUrl('https://youtube.com.evil.example/')).toBeUndefined();
    for (const pattern of ['*://x.com/*', '*://twitter.com/*', '*://www.reddit.com/*', '*://old.reddit.com/*', '*://www.youtube.com/*']) {
      expect(contentScriptMatches).toContain(pattern);
    }
  });

  it('maps URLs to adapters by host, including subdomains, and nothing else', () => {
    expect(adapterForUrl('https://www.xiaohongshu.com/explore/abc')?.id).toBe('xiaohongshu');
    expect(adapterForUrl('https://xiaohongshu.com.evil.example/')).toBeUndefined();
    expect(adapterForUrl('https://notxiaohongshu.com/')).toBeUndefined();
    expect(adapterForUrl('not a url')).toBeUndefined();
    expect(adapterForUrl(undefined)).toBeUndefined();
    expect(contentScriptMatches).toContain('*://www.xiaohongshu.com/*');
  });

  it('maps the Chinese video and microblog sites, keeping weibo.com and m.weibo.cn apart', () => {
    expect(adapterForUrl('https://weibo.com/6023456789/P3kW2cDe4')?.id).toBe('weibo');
    expect(adapterForUrl('https://www.weibo.com/')?.id).toBe('weibo');
    expect(adapterForUrl('https://m.weibo.cn/detail/5127346012345678')?.id).toBe('weibo-mobile');
    expect(adapterForUrl('https://weibo.cn/')).toBeUndefined();
    expect(adapterForUrl('https://www.douyin.com/video/7412345678901234567')?.id).toBe('douyin');
    expect(adapterForUrl('https://www.bilibili.com/video/BV1Fy4y1c7Qm')?.id).toBe('bilibili');
    expect(adapterForUrl('https://t.bilibili.com/')?.id).toBe('bilibili');
    expect(adapterForUrl('https://bilibili.com.evil.example/')).toBeUndefined();
    for (const pattern of ['*://weibo.com/*', '*://www.weibo.com/*', '*://m.weibo.cn/*', '*://www.douyin.com/*', '*://www.bilibili.com/*', '*://t.bilibili.com/*']) {
      expect(contentScriptMatches).toContain(pattern);
    }
  });
});
