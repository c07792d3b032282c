#!/usr/bin/env node
/*
 * Derives site fixtures from the real saved pages in ../shared/real-dom:
 * the DOM structure, classes and attributes stay exactly as saved; <script>
 * elements, elements injected by the saver's own extensions and image data
 * are removed; user names, avatars, profile ids and tokens are replaced by
 * stable pseudonyms. Run: node scripts/derive-real-fixtures.mjs [real-dom dir]
 * The output is committed; the README next to each fixture names its source.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

const realDom = process.argv[2] ?? ['../shared/real-dom', '../../shared/real-dom'].map((dir) => path.resolve(dir)).find((dir) => existsSync(dir));
if (!realDom) throw new Error('shared/real-dom not found; pass its path');
const OUT = path.resolve('test/fixtures/sites');

/** Elements and attributes other extensions of the saver's browser added to the page (not the site's). */
const SAVER_ELEMENTS = 'browser-mcp-container, mandu-reader';
const SAVER_ATTRIBUTES = ['data-kimi-id'];

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Replaces every key of `map` in the serialized page, longest first (a name can contain another). */
function replaceAll(html, map) {
  const keys = [...map.keys()].filter((key) => key.length >= 2).sort((a, b) => b.length - a.length);
  for (const key of keys) {
    html = html.split(key).join(map.get(key));
    const escaped = escapeHtml(key);
    if (escaped !== key) html = html.split(escaped).join(escapeHtml(map.get(key)));
  }
  return html;
}

function pseudonyms(values, make) {
  const map = new Map();
  for (const value of values) if (value && !map.has(value)) map.set(value, make(map.size + 1));
  return map;
}

/** Names in @mention links (`<a>@name</a>`): users too. */
function mentions(doc) {
  return [...doc.querySelectorAll('a')].map((a) => a.textContent.trim()).filter((text) => /^@\S{2,30}$/u.test(text)).map((text) => text.slice(1));
}

function clean(doc) {
  for (const node of doc.querySelectorAll(`script, ${SAVER_ELEMENTS}`)) node.remove();
  for (const name of SAVER_ATTRIBUTES) for (const node of doc.querySelectorAll(`[${name}]`)) node.removeAttribute(name);
  for (const img of doc.querySelectorAll('img, faceplate-img, source')) {
    if (img.hasAttribute('src')) img.setAttribute('src', 'data:,');
    img.removeAttribute('srcset');
  }
}

function derive(file, out, anonymize) {
  const dom = new JSDOM(readFileSync(path.join(realDom, file), 'utf8'));
  const doc = dom.window.document;
  clean(doc);
  const maps = anonymize(doc);
  let html = dom.serialize();
  // Inlined images (SingleFile's CSS variables, data URIs in styles) carry avatars too.
  html = html.replace(/url\((["']?)data:[^)"']*\1\)/g, 'url(data:,)').replace(/(src|href)="data:[^"]{200,}"/g, '$1="data:,"');
  // Avatars referenced by URL in attributes (Reddit's `icon`, snoovatars), and every session token.
  html = html
    .replace(/="https?:\/\/[^"]*(?:profileIcon|snoovatar|avatar)[^"]*"/gi, '="data:,"')
    .replace(/(xsec_token=|data-xsec-token=")[^&"]+/g, '$1ABfixture%3D')
    // Reddit's logged-out visitor id.
    .replace(/\bloid="[^"]*"/g, 'loid="00000000000000000.2.0000000000000.fixture"');
  for (const map of maps) html = replaceAll(html, map);
  writeFileSync(path.join(OUT, out), html);
  console.log(`${out}: ${(html.length / 1024).toFixed(0)} kB, ${maps.map((map) => map.size).join('/')} replaced`);
}

derive('reddit/thread-2024-05.html', 'reddit/real-thread-2024-05.html', (doc) => {
  const names = [
    ...[...doc.querySelectorAll('[author]')].map((el) => el.getAttribute('author')),
    ...[...doc.querySelectorAll('[author-name]')].map((el) => el.getAttribute('author-name')),
    ...[...doc.querySelectorAll('a[href^="/user/"]')].map((el) => el.getAttribute('href').split('/')[2]),
  ].filter((name) => name && name !== '[deleted]' && name !== 'AutoModerator');
  const userIds = (doc.documentElement.outerHTML.match(/t2_[a-z0-9]+/g) ?? []);
  return [pseudonyms(names, (n) => `redditor_${n}`), pseudonyms(userIds, (n) => `t2_anon${n}`)];
});

derive('weibo/detail-comments-2025-09.html', 'weibo/real-detail-2025-09.html', (doc) => {
  const html = doc.documentElement.outerHTML;
  const uids = [...html.matchAll(/(?:usercard="|\/u\/|fans_uid=|blogger_uid=|weibo\.com\/)(\d{6,})/g)].map((match) => match[1]);
  const names = [
    ...[...doc.querySelectorAll('a[usercard]')].map((el) => el.textContent.trim()),
    ...[...doc.querySelectorAll('header [class*="head_name"] span[title]')].map((el) => el.getAttribute('title')),
    ...[...doc.querySelectorAll('header a[aria-label]')].map((el) => el.getAttribute('aria-label')),
    // @mentions in comment text name users too.
    ...mentions(doc),
  ];
  return [pseudonyms(uids, (n) => String(6000000000 + n * 7919)), pseudonyms(names, (n) => `微博用户${n}`)];
});

derive('xiaohongshu/note-comments-2025-01.html', 'xiaohongshu/real-note-2025-01.html', (doc) => {
  const html = doc.documentElement.outerHTML;
  const userIds = [...html.matchAll(/(?:user\/profile\/|data-user-id="|files\/)([0-9a-f]{24})/g)].map((match) => match[1]);
  const tokens = [...html.matchAll(/(?:xsec_token=|data-xsec-token=")([A-Za-z0-9_%=+-]{20,})/g)].map((match) => match[1]);
  const names = [...doc.querySelectorAll('.author a.name, .username, .author-wrapper .name')].map((el) => el.textContent.trim());
  return [
    pseudonyms(userIds, (n) => `5f00000000000000000${String(n).padStart(5, '0')}`),
    pseudonyms(tokens, (n) => `ABfixture${n}%3D`),
    pseudonyms([...names, ...mentions(doc)], (n) => `小红薯用户${n}`),
  ];
});
