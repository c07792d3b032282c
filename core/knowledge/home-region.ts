import type { Region } from './schema';

/**
 * Where a platform is at home: the region whose law its operator answers to first.
 * A local reader is at home there too, so their policy cards list it first.
 * TikTok is left out: its international app has no single home region.
 */
const HOME_REGIONS: readonly (readonly [host: string, region: Region])[] = [
  ['xiaohongshu.com', 'CN'],
  ['douyin.com', 'CN'],
  ['weibo.com', 'CN'],
  ['weibo.cn', 'CN'],
  ['bilibili.com', 'CN'],
  ['x.com', 'US'],
  ['twitter.com', 'US'],
  ['reddit.com', 'US'],
  ['threads.com', 'US'],
  ['threads.net', 'US'],
  ['instagram.com', 'US'],
  ['youtube.com', 'US'],
];

/** The home region of the platform a page belongs to, if Ferry knows it. */
export function platformHomeRegion(pageUrl: string | undefined): Region | undefined {
  if (!pageUrl) return undefined;
  let hostname: string;
  try {
    hostname = new URL(pageUrl).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return HOME_REGIONS.find(([host]) => hostname === host || hostname.endsWith(`.${host}`))?.[1];
}
