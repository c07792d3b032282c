import type { Page } from '@playwright/test';
import { ENGINE_IDS } from '../../core/settings/schema';
import { SCRIPT_PAYLOAD } from '../mocks/providers/types';
import { expect, pointEnginesAtLoopback, test } from './fixtures';
import { XHS_HOSTILE_NOTE_URL } from './routes/xiaohongshu';
import { XiaohongshuPage } from './pages/xiaohongshu-page';

const NOTE_ID = '6770e5f6000000000105f7a8';
const MARKUP_COMMENT = '6770e5f6000000001e01a001';
const INVISIBLE_COMMENT = '6770e5f6000000001e01a002';
const SCRIPT_URL_COMMENT = '6770e5f6000000001e01a003';
const IFRAME_COMMENT = '6770e5f6000000001e01a004';
const ALL_POSTS: [string, 'title' | 'body' | 'text'][] = [
  [NOTE_ID, 'title'],
  [NOTE_ID, 'body'],
  [MARKUP_COMMENT, 'text'],
  [INVISIBLE_COMMENT, 'text'],
  [SCRIPT_URL_COMMENT, 'text'],
  [IFRAME_COMMENT, 'text'],
];
/** Only the Microsoft endpoint answers, so each failure mode reaches the page instead of a fallback engine. */
const ONLY_MICROSOFT = { engines: { disabled: ENGINE_IDS.filter((id) => id !== 'microsoft-edge') } };

interface Watch {
  dialogs: string[];
  pageErrors: string[];
}

/**
 * Before any page script: a trap on the globals every payload writes, a
 * snapshot of the page as the site rendered it (taken before Ferry's
 * document_idle start) and a long-task recorder.
 */
async function openHostileNote(page: Page): Promise<{ xhs: XiaohongshuPage; watch: Watch }> {
  const watch: Watch = { dialogs: [], pageErrors: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const writes: string[] = [];
    w.__ferryTrapWrites = writes;
    for (const name of ['__pwned', '__ferryPwned']) {
      Object.defineProperty(window, name, { configurable: false, get: () => undefined, set: () => void writes.push(name) });
    }
    const longTasks: number[] = [];
    w.__ferryLongTasks = longTasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(Math.round(entry.duration)))).observe({ type: 'longtask', buffered: true });
    // The site's own DOM: tags, attributes and text, leaving out Ferry's hosts and its data-ferry-* marks.
    const snapshot = (): string => {
      const parts: string[] = [];
      const walk = (node: Node): void => {
        if (node.nodeType === Node.TEXT_NODE) return void parts.push(JSON.stringify(node.nodeValue));
        if (!(node instanceof Element) || node.hasAttribute('data-ferry')) return;
        const attributes = [...node.attributes].filter((attribute) => !attribute.name.startsWith('data-ferry')).map((attribute) => `${attribute.name}=${attribute.value}`);
        parts.push(`<${node.tagName} ${attributes.join(' ')}>`);
        node.childNodes.forEach(walk);
        parts.push(`</${node.tagName}>`);
      };
      walk(document.documentElement);
      return parts.join('');
    };
    w.__ferrySnapshot = snapshot;
    document.addEventListener('DOMContentLoaded', () => (w.__ferryBefore = snapshot()));
  });
  await page.setViewportSize({ width: 1280, height: 1700 });
  await page.goto(XHS_HOSTILE_NOTE_URL);
  return { xhs: new XiaohongshuPage(page), watch };
}

/** Nothing ran, the site's DOM is as the site made it, and no card holds live markup. */
async function expectNothingRan(page: Page, watch: Watch): Promise<void> {
  const state = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const liveMarkup = [...document.querySelectorAll('[data-ferry]')].reduce(
      (count, host) => count + (host.shadowRoot?.querySelectorAll('script, img, iframe, object, embed, svg, style:not(:first-child), [onerror], [onload], a[href^="javascript:" i]').length ?? 0),
      0,
    );
    return {
      pwned: [w.__pwned, w.__ferryPwned],
      trapWrites: w.__ferryTrapWrites,
      intact: w.__ferryBefore === (w.__ferrySnapshot as () => string)(),
      liveMarkup,
    };
  });
  expect(state.pwned).toEqual([undefined, undefined]);
  expect(state.trapWrites).toEqual([]);
  expect(watch.dialogs).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
  expect(state.liveMarkup).toBe(0);
  expect(state.intact).toBe(true);
}

/** Long tasks go to the report, never into an assertion (timings belong to the benchmarks). */
async function reportLongTasks(page: Page, label: string): Promise<void> {
  const durations = await page.evaluate(() => (window as unknown as { __ferryLongTasks: number[] }).__ferryLongTasks);
  const description = durations.length === 0 ? 'none' : `${durations.length} (longest ${Math.max(...durations)} ms, total ${durations.reduce((a, b) => a + b, 0)} ms)`;
  test.info().annotations.push({ type: `long tasks: ${label}`, description });
  console.log(`[hostile-input] long tasks, ${label}: ${description}`);
}

const cardText = (xhs: XiaohongshuPage, postId: string, part: 'title' | 'body' | 'text' = 'text') =>
  xhs.annotationText(postId, part).evaluate((element) => element.textContent);

test.describe('Hostile and broken input', () => {
  test('markup, script URLs, entities and bidi controls in posts are translated as text and run nothing', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine, ONLY_MICROSOFT);
    const { xhs, watch } = await openHostileNote(await context.newPage());
    for (const [id, part] of ALL_POSTS) await expect(xhs.annotation(id, part)).toHaveAttribute('data-ferry-status', 'done');

    // The mock answers unknown lines with "⟨en⟩ <line>", so each card must repeat the post character for character.
    expect(await cardText(xhs, NOTE_ID, 'title')).toBe('⟨en⟩ <script>window.__pwned=1</script>火锅<img src=x onerror=alert(1)>');
    expect(await cardText(xhs, NOTE_ID, 'body')).toBe(
      [
        '⟨en⟩ 姐妹们！<img src=x onerror="window.__pwned=1">这家火锅太好吃了',
        '⟨en⟩ 实体：&lt;b&gt;加粗&lt;/b&gt; &amp; &#x3C;script&#x3E; <svg onload=alert(1)>',
        '⟨en⟩ @javascript:alert(1) 点这里 #</span><script>alert(2)</script>',
      ].join('\n'),
    );
    expect(await cardText(xhs, MARKUP_COMMENT)).toBe('⟨en⟩ </span></div><script>window.__pwned=1</script>评论一');
    expect(await cardText(xhs, INVISIBLE_COMMENT)).toBe('⟨en⟩ 种\u200b草\u200d了\u202e反转文字\u202c \u2066隔离\u2069 \ufeff结束\u061c');
    expect(await cardText(xhs, SCRIPT_URL_COMMENT)).toBe('⟨en⟩ 这个链接千万别点：javascript:alert(document.cookie) 点我看看 还有这个 data:text/html,<script>alert(1)</script> 都是骗人的');
    expect(await cardText(xhs, IFRAME_COMMENT)).toBe('⟨en⟩ 这家店的招牌菜<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe><style>*{display:none}</style>好吃得不得了，推荐大家都去尝尝');

    // Microsoft's free endpoint reads its input as HTML, so the text went out escaped exactly once (nothing
    // dropped or decoded), and the cards above show it back character for character.
    const sent = engine.requests.filter((request) => request.path === '/translate/translatetext').flatMap((request) => request.body as string[]);
    expect(sent).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;火锅&lt;img src=x onerror=alert(1)&gt;');
    expect(sent).toContain('种\u200b草\u200d了\u202e反转文字\u202c \u2066隔离\u2069 \ufeff结束\u061c');

    await expectNothingRan(xhs.page, watch);
    await reportLongTasks(xhs.page, 'hostile posts');
  });

  test('an engine answering with script and image markup is shown as text and runs nothing', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine, ONLY_MICROSOFT);
    engine.setMode('html-payload');
    const { xhs, watch } = await openHostileNote(await context.newPage());
    for (const [id, part] of ALL_POSTS) await expect(xhs.annotation(id, part)).toHaveAttribute('data-ferry-status', 'done');
    expect(await cardText(xhs, MARKUP_COMMENT)).toBe(`${SCRIPT_PAYLOAD}⟨en⟩ </span></div><script>window.__pwned=1</script>评论一`);
    await expectNothingRan(xhs.page, watch);
    await reportLongTasks(xhs.page, 'script payload answer');
  });

  test('an answer with the wrong number of segments shows the engine error with Retry on every post', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine, ONLY_MICROSOFT);
    engine.setMode('wrong-count');
    const { xhs, watch } = await openHostileNote(await context.newPage());
    for (const [id, part] of ALL_POSTS) {
      await expect(xhs.annotation(id, part)).toHaveAttribute('data-ferry-status', 'error');
      await expect(xhs.annotation(id, part).locator('[role="alert"]')).toContainText('The engine answered with something Ferry could not use');
      await expect(xhs.annotation(id, part).getByRole('button')).toBeVisible();
    }
    await expectNothingRan(xhs.page, watch);
  });

  test('an empty answer shows the engine error, never a blank card', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine, ONLY_MICROSOFT);
    engine.setMode('empty-answer');
    const { xhs, watch } = await openHostileNote(await context.newPage());
    for (const [id, part] of ALL_POSTS) {
      await expect(xhs.annotation(id, part)).toHaveAttribute('data-ferry-status', 'error');
      await expect(xhs.annotation(id, part).locator('[role="alert"]')).toContainText('The engine answered with something Ferry could not use');
    }
    await expectNothingRan(xhs.page, watch);
  });

  test('an answer in another language than asked is shown as the engine wrote it, marked with its language', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine, ONLY_MICROSOFT);
    engine.setMode('wrong-language');
    const { xhs, watch } = await openHostileNote(await context.newPage());
    await expect(xhs.annotation(NOTE_ID, 'title')).toHaveAttribute('data-ferry-status', 'done');
    // The mock reports the length of the translation it made, from the text Microsoft's endpoint received (markup escaped once).
    const sentTitle = '<script>window.__pwned=1</script>火锅<img src=x onerror=alert(1)>'.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const expected = `これは日本語の訳です。${`⟨en⟩ ${sentTitle}`.length}`;
    expect(await cardText(xhs, NOTE_ID, 'title')).toBe(expected);
    // Marked as the language it is in, so screen readers and fonts follow what is on screen.
    await expect(xhs.annotationText(NOTE_ID, 'title')).toHaveAttribute('lang', 'ja');
    await expectNothingRan(xhs.page, watch);
  });

  test('a runaway answer (a megabyte for a short post) is refused with the engine error, never drawn', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine, ONLY_MICROSOFT);
    engine.setMode('huge-answer');
    const { xhs, watch } = await openHostileNote(await context.newPage());
    for (const [id, part] of ALL_POSTS) {
      await expect(xhs.annotation(id, part)).toHaveAttribute('data-ferry-status', 'error', { timeout: 30_000 });
      await expect(xhs.annotation(id, part).locator('[role="alert"]')).toContainText('The engine answered with something Ferry could not use');
    }
    await expectNothingRan(xhs.page, watch);
    await reportLongTasks(xhs.page, 'huge answer');
  });

  test('a long translation shows its start and the rest a step at a time', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine, ONLY_MICROSOFT);
    const { xhs, watch } = await openHostileNote(await context.newPage());
    await expect(xhs.annotation(MARKUP_COMMENT)).toHaveAttribute('data-ferry-status', 'done');
    const long = '6770e5f6000000001e01b004';
    await xhs.page.evaluate((id) => (window as unknown as { __fixture: { addLongComment(id: string, n: number): void } }).__fixture.addLongComment(id, 4_800), long);
    const card = xhs.annotation(long);
    await expect(card).toHaveAttribute('data-ferry-status', 'done');
    // Under the 5,000 characters Microsoft's endpoint takes in one text, over the 4,000 a card draws at once.
    const full = `⟨en⟩ ${'成都火锅真的太好吃了，'.repeat(900).slice(0, 4_800)}`;
    const shown = async () => (await cardText(xhs, long)) ?? '';
    expect((await shown()).length).toBeLessThanOrEqual(4_000);
    expect(full.startsWith(await shown())).toBe(true);
    const more = card.getByRole('button', { name: /Show more \([\d,]+ characters left\)/ });
    await expect(more).toBeVisible();
    await more.scrollIntoViewIfNeeded();
    const [cardBox, buttonBox] = [await card.boundingBox(), await more.boundingBox()];
    if (cardBox && buttonBox) {
      await xhs.page.screenshot({ path: 'docs/screenshots/long-translation.png', clip: { x: cardBox.x, y: buttonBox.y - 240, width: cardBox.width, height: 300 } });
    }
    await more.click();
    await expect(more).toHaveCount(0);
    expect(await shown()).toBe(full);
    expect(watch.dialogs).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });

  test('lone surrogates, a 100,000-character post and a 2,000-level deep post: each gets a translation or a clear error', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine, ONLY_MICROSOFT);
    const { xhs, watch } = await openHostileNote(await context.newPage());
    await expect(xhs.annotation(MARKUP_COMMENT)).toHaveAttribute('data-ferry-status', 'done');
    const [surrogates, deep, long] = ['6770e5f6000000001e01b001', '6770e5f6000000001e01b002', '6770e5f6000000001e01b003'];
    await xhs.page.evaluate(
      ({ surrogates, deep, long }) => {
        const fixture = (window as unknown as { __fixture: Record<string, (id: string, n?: number) => Element> }).__fixture;
        fixture.addLoneSurrogates!(surrogates);
        fixture.addDeepComment!(deep, 2000);
        fixture.addLongComment!(long, 100_000);
      },
      { surrogates, deep, long },
    );

    // Read with plain DOM calls: Playwright's own locator tooling overflows its stack on a 2,000-level tree.
    const deepCard = () =>
      xhs.page.evaluate((id) => {
        const host = document.querySelector(`[data-ferry="annotation"][data-ferry-post-id="${id}"]`);
        return { status: host?.getAttribute('data-ferry-status'), text: host?.shadowRoot?.querySelector('.text')?.textContent };
      }, deep);
    await expect.poll(deepCard, { timeout: 15_000 }).toEqual({ status: 'done', text: '⟨en⟩ 嵌套很深的评论' });

    // Lone surrogates cross the message channel and the engine's JSON unchanged, and are drawn as text.
    await expect(xhs.annotation(surrogates)).toHaveAttribute('data-ferry-status', 'done');
    expect(await cardText(xhs, surrogates)).toBe('⟨en⟩ 孤\uD800立\uDFFF代理\uDBFF');

    await expect(xhs.annotation(long)).toHaveAttribute('data-ferry-status', 'error');
    await expect(xhs.annotation(long).locator('[role="alert"]')).toContainText('too long for Ferry to translate');

    // The posts that were already there keep their translations.
    for (const [id, part] of ALL_POSTS) await expect(xhs.annotation(id, part)).toHaveAttribute('data-ferry-status', 'done');
    expect(Object.values(await xhs.annotationCountsPerComment()).every((count) => count === 1)).toBe(true);
    expect(engine.requests.every((request) => !(JSON.stringify(request.body) ?? '').includes('成都火锅真的太好吃了，成都火锅真的太好吃了，'.repeat(100)))).toBe(true);
    expect(watch.dialogs).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await reportLongTasks(xhs.page, 'long, deep and broken text');
  });
});
