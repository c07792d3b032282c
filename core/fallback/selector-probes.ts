import * as bilibili from '../sites/bilibili.selectors';
import * as douyin from '../sites/douyin.selectors';
import * as instagram from '../sites/instagram.selectors';
import * as oldReddit from '../sites/old-reddit.selectors';
import * as reddit from '../sites/reddit.selectors';
import * as threads from '../sites/threads.selectors';
import * as tiktok from '../sites/tiktok.selectors';
import * as weiboMobile from '../sites/weibo-mobile.selectors';
import * as weibo from '../sites/weibo.selectors';
import * as x from '../sites/x.selectors';
import * as xiaohongshu from '../sites/xiaohongshu.selectors';
import * as youtube from '../sites/youtube.selectors';

const MODULES: Record<string, Record<string, unknown>> = {
  bilibili,
  douyin,
  instagram,
  'old-reddit': oldReddit,
  reddit,
  threads,
  tiktok,
  'weibo-mobile': weiboMobile,
  weibo,
  x,
  xiaohongshu,
  youtube,
};

/**
 * The page-level selectors of an adapter: those its selectors module checks
 * against fixtures (each `name` with a `name_` count). They are what a bug
 * report needs when a site changes its markup.
 */
export function selectorProbes(adapterId: string): Record<string, string> {
  const module = MODULES[adapterId];
  if (!module) return {};
  const probes: Record<string, string> = {};
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === 'string' && `${name}_` in module) probes[name] = value;
  }
  return probes;
}
