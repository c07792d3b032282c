import type { SiteAdapter } from './types';
import { xiaohongshu } from './xiaohongshu';
import { bilibili } from './bilibili';
import { douyin } from './douyin';
import { weiboMobile } from './weibo-mobile';
import { weibo } from './weibo';
import { tiktok } from './tiktok';
import { x } from './x';
import { instagram } from './instagram';
import { reddit } from './reddit';
import { oldReddit } from './old-reddit';
import { threads } from './threads';
import { youtube } from './youtube';

/** Every site adapter, one line each. A convention test checks each adapter file is listed. */
export const siteAdapters: readonly SiteAdapter[] = [xiaohongshu, weibo, weiboMobile, douyin, tiktok, x, bilibili, instagram, reddit, oldReddit, threads, youtube];

export function adapterForUrl(url: string | URL | undefined): SiteAdapter | undefined {
  if (!url) return undefined;
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return undefined;
  }
  return siteAdapters.find((adapter) => adapter.hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`)));
}

export const contentScriptMatches = siteAdapters.flatMap((adapter) => adapter.matches);
