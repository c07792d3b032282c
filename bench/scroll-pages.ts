/**
 * Pages for the scroll benchmark, built from the structure the site adapters
 * read (core/sites/x.selectors.ts, core/sites/xiaohongshu.selectors.ts) with
 * invented Chinese text, so an English reader gets every post translated.
 */
const OPENERS = ['姐妹们', '家人们', '宝子们', '集美们', '大家好', '救命', '真的绝了', '谁懂啊', '说真的', '刚刚'];
const TOPICS = ['成都火锅', '上海咖啡店', '北京胡同', '杭州西湖', '广州早茶', '重庆夜景', '西安肉夹馍', '厦门鼓浪屿', '长沙臭豆腐', '苏州园林', '大理洱海', '青岛啤酒'];
const MIDDLES = ['排队一小时也值', '性价比超高', '拍照特别出片', '本地人都推荐', '周末人有点多', '建议工作日去', '服务态度很好', '环境有点吵但是味道在线'];
const ENDINGS = ['强烈推荐给大家！', '下次还来', '有人一起吗？', '求推荐附近的店', '已经种草了', '冲就完事了'];

/** A distinct, deterministic Chinese text for post `index`. */
export function benchText(index: number, comment = false): string {
  const pick = <T>(items: readonly T[], salt: number) => items[(index * 7 + salt * 13 + Math.floor(index / items.length)) % items.length]!;
  if (comment) return `${pick(OPENERS, 1)}，${pick(TOPICS, 2)}${pick(MIDDLES, 3)}（第${index + 1}楼）`;
  return `${pick(OPENERS, 1)}！今天去了${pick(TOPICS, 2)}，${pick(MIDDLES, 3)}，${pick(ENDINGS, 4)}第${index + 1}条`;
}

export const X_TWEETS = 300;
export const X_ROW_PX = 200;
export const X_STATUS_BASE = 1_900_000_000_000_000_000n;
export const XHS_COMMENTS = 200;

export function xTweetId(index: number): string {
  return String(X_STATUS_BASE + BigInt(index));
}

export function xhsCommentId(index: number): string {
  return `67e0${index.toString(16).padStart(4, '0')}000000001e000000`.slice(0, 24);
}

/**
 * An X-like home timeline: 300 tweets in a virtual list that keeps rows from
 * 1,500 px above to 3,500 px below the screen and recycles the row elements
 * (new content, new position) as the reader scrolls, the way x.com's
 * cellInnerDiv list does.
 */
export function xTimelinePage(): string {
  const texts = Array.from({ length: X_TWEETS }, (_, index) => benchText(index));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Home / X</title>
<style>
html, body { margin: 0; font: 15px sans-serif; }
.list { position: relative; max-width: 600px; margin: 0 auto; }
[data-testid="cellInnerDiv"] { position: absolute; left: 0; right: 0; height: ${X_ROW_PX}px; overflow: hidden; border-bottom: 1px solid #eee; }
article { padding: 12px 16px; }
[data-testid="User-Name"] { display: flex; gap: 4px; color: #536471; }
[data-testid="User-Name"] a { color: inherit; text-decoration: none; }
</style></head>
<body><main role="main"><div class="list" aria-label="Timeline: Your Home Timeline" style="height:${X_TWEETS * X_ROW_PX}px"></div></main>
<script>
(() => {
  const TEXTS = ${JSON.stringify(texts)};
  const BASE = ${JSON.stringify(String(X_STATUS_BASE))};
  const ROW = ${X_ROW_PX}, ABOVE = 1500, BELOW = 3500;
  const list = document.querySelector('.list');
  const id = (index) => (BigInt(BASE) + BigInt(index)).toString();
  const rows = new Map();
  const free = [];
  const fill = (row, index) => {
    const user = 'user' + (index % 37);
    row.style.transform = 'translateY(' + index * ROW + 'px)';
    row.dataset.benchIndex = String(index);
    row.innerHTML = '<article data-testid="tweet" role="article" data-bench-post="' + id(index) + '">' +
      '<div data-testid="User-Name"><a href="/' + user + '"><span>用户' + (index % 37) + '</span></a>' +
      '<a href="/' + user + '"><span>@' + user + '</span></a>' +
      '<a href="/' + user + '/status/' + id(index) + '"><time datetime="2025-03-12T09:15:00.000Z">Mar 12</time></a></div>' +
      '<div data-testid="tweetText" dir="auto" lang="zh"><span></span></div></article>';
    row.querySelector('[data-testid="tweetText"] span').textContent = TEXTS[index];
  };
  const render = () => {
    const first = Math.max(0, Math.floor((scrollY - ABOVE) / ROW));
    const last = Math.min(TEXTS.length - 1, Math.floor((scrollY + innerHeight + BELOW) / ROW));
    for (const [index, row] of rows) if (index < first || index > last) { rows.delete(index); free.push(row); }
    for (let index = first; index <= last; index++) {
      if (rows.has(index)) continue;
      let row = free.pop();
      if (!row) { row = document.createElement('div'); row.dataset.testid = 'cellInnerDiv'; list.append(row); }
      fill(row, index);
      rows.set(index, row);
    }
    for (const row of free) row.style.transform = 'translateY(-10000px)';
  };
  let queued = false;
  addEventListener('scroll', () => { if (!queued) { queued = true; requestAnimationFrame(() => { queued = false; render(); }); } }, { passive: true });
  render();
})();
</script></body></html>`;
}

/**
 * A Xiaohongshu note page whose inner scroller (.note-scroller) holds 200
 * loaded comments: the committed note fixture with its comment list replaced.
 */
export function xhsNoteWithComments(notePage: string): string {
  const comments = Array.from({ length: XHS_COMMENTS }, (_, index) => ({ id: xhsCommentId(index), text: benchText(index, true) }));
  const script = `<script>
(() => {
  const COMMENTS = ${JSON.stringify(comments)};
  const container = document.querySelector('#noteContainer .comments-container');
  container.replaceChildren();
  const total = document.createElement('div');
  total.className = 'total';
  total.textContent = '共 ' + COMMENTS.length + ' 条评论';
  container.append(total);
  for (const comment of COMMENTS) {
    const parent = document.createElement('div');
    parent.className = 'parent-comment';
    parent.innerHTML = '<div class="comment-item"><div class="comment-inner-container"><div class="avatar"><span class="avatar-item"></span></div>' +
      '<div class="right"><div class="author-wrapper"><div class="author"><a class="name" href="/user/profile/5c1a9e2b000000001700d4a1">小红薯</a></div></div>' +
      '<div class="content"><span class="note-text"></span></div><div class="info"><div class="date"><span>03-13</span><span class="location">四川</span></div></div></div></div></div>';
    const item = parent.firstElementChild;
    item.id = 'comment-' + comment.id;
    item.dataset.benchPost = comment.id;
    item.querySelector('.note-text').textContent = comment.text;
    container.append(parent);
  }
})();
</script>`;
  return notePage.replace('</body>', `${script}</body>`);
}
