import type { Locator, Page } from '@playwright/test';
import { reviewExportSchema } from '../../core/moderation/review-export';
import { ENGINE_IDS } from '../../core/settings/schema';
import { MOCK_OPENAI_KEY } from '../mocks/engine-server';
import { storeSecrets } from './pages/stored-settings';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { PolicyNotePage } from './pages/policy-note-page';
import { ReviewQueuePage } from './pages/review-queue-page';
import { XPage } from './pages/x-page';

const MODERATOR = { mode: 'moderator', moderation: { profile: 'cn-platform', customRegions: ['CN', 'US'] } };
/** note-policy-page.html: 想飞叶子的姐妹，有需要的加薇信聊 (飞叶子 = smoking cannabis, 薇信 = WeChat). */
const XHS_CODED_COMMENT = '68a1e2f3000000001b00c005';
/** status-page.html: "got that 🍃 if anyone needs, s.e.g.g.s pics in my bio". */
const X_CODED_REPLY = '1899000000000000108';

function moderationCard(page: Page, postId: string): Locator {
  return page.locator(`[data-ferry="annotation"][data-ferry-kind="moderation"][data-ferry-post-id="${postId}"]`);
}

/** Ranges in Ferry's moderation highlight, read in the page: the registry belongs to the document. */
function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('ferry-moderation');
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  });
}

/** One coded line of a card: what was written → what it means, then its topic. */
async function expectCodedLine(card: Locator, entryId: string, topic: string, line: string, topicLabel: string): Promise<void> {
  const row = card.locator(`[data-ferry-coded="${entryId}"]`);
  await expect(row).toHaveAttribute('data-ferry-coded-topic', topic);
  await expect(row.locator('.chip')).toHaveText('coded');
  await expect(row.locator('.coded-meaning')).toHaveText(line);
  await expect(row.locator('.coded-topic')).toHaveText(topicLabel);
}

test.describe('Coded language in moderator mode', () => {
  test('a Xiaohongshu comment and an X reply written around filters: the card decodes them, the written spans are highlighted, and both are filed with their coded topics', async ({ context, serviceWorker, engine, extensionId }) => {
    test.setTimeout(180_000);
    await pointEnginesAtLoopback(serviceWorker, engine, MODERATOR);

    const xhs = new PolicyNotePage(await context.newPage());
    await xhs.open();
    const xhsCard = moderationCard(xhs.page, XHS_CODED_COMMENT);
    await expect(xhsCard).toHaveAttribute('data-ferry-status', 'done', { timeout: 60_000 });
    await expect(xhsCard.locator('h4', { hasText: 'Coded language' })).toBeVisible();
    await expectCodedLine(xhsCard, 'zh-feiyezi', 'cannabis', '飞叶子 → smoke cannabis (literally "fly leaves")', 'Cannabis');
    await expectCodedLine(xhsCard, 'zh-weixin', 'off-platform-contact', '薇信 → WeChat (an off-platform contact)', 'Off-platform contact and scams');
    await expect(xhsCard.locator('.queue-saved')).toHaveText('In the review queue');
    // The highlight lands on what the author wrote, and the site's text is left as it was.
    await expect.poll(() => highlightedTexts(xhs.page)).toEqual(expect.arrayContaining(['飞叶子', '薇信']));
    await expect(xhs.page.locator(`#comment-${XHS_CODED_COMMENT} .note-text`)).toHaveText('想飞叶子的姐妹，有需要的加薇信聊');
    await xhsCard.evaluate((host) => host.scrollIntoView({ block: 'center' }));
    await xhs.page.locator(`#comment-${XHS_CODED_COMMENT}`).locator('xpath=..').screenshot({ path: 'docs/screenshots/coded-language.png' });

    const x = new XPage(await context.newPage());
    await x.openStatus();
    await x.fixture('insertReply', X_CODED_REPLY);
    // Ferry works on posts on or near the screen, as a moderator reading the thread would bring the reply there.
    await x.page.locator(`article[data-testid="tweet"]:has(a[href$="/status/${X_CODED_REPLY}"])`).scrollIntoViewIfNeeded();
    const xCard = moderationCard(x.page, X_CODED_REPLY);
    await expect(xCard).toHaveAttribute('data-ferry-status', 'done', { timeout: 60_000 });
    await expectCodedLine(xCard, 'en-leaf', 'cannabis', '🍃 → cannabis emoji', 'Cannabis');
    // Separators between the letters are undone for matching; the span keeps them.
    await expectCodedLine(xCard, 'en-seggs', 'sexual-content', 's.e.g.g.s → sex ("seggs")', 'Sexual content');
    await expect(xCard.locator('.queue-saved')).toHaveText('In the review queue');
    await expect.poll(() => highlightedTexts(x.page)).toEqual(expect.arrayContaining(['🍃', 's.e.g.g.s']));
    // Replies without coded language get no coded lines.
    await expect(moderationCard(x.page, '1899000000000000102').locator('[data-ferry-coded]')).toHaveCount(0);

    // Both posts are filed with their coded lines and topics.
    const queue = await ReviewQueuePage.open(context, extensionId);
    await expect(queue.item(`xiaohongshu:${XHS_CODED_COMMENT}`)).toBeVisible();
    await expect(queue.item(`x:${X_CODED_REPLY}`)).toBeVisible();
    // The side panel filters by coded topic.
    const coded = queue.filter('coded');
    await expect(coded.locator('option[value="sexual-content"]')).toHaveText('Sexual content');
    await coded.selectOption('sexual-content');
    await expect(queue.items).toHaveCount(1);
    await expect(queue.item(`x:${X_CODED_REPLY}`)).toBeVisible();
    await coded.selectOption('off-platform-contact');
    await expect(queue.items).toHaveCount(1);
    await expect(queue.item(`xiaohongshu:${XHS_CODED_COMMENT}`)).toBeVisible();
    await coded.selectOption('any');
    await expect(queue.item(`xiaohongshu:${XHS_CODED_COMMENT}`)).toBeVisible();
    await expect(queue.item(`x:${X_CODED_REPLY}`)).toBeVisible();
    await coded.selectOption('');
    const json = reviewExportSchema.parse(JSON.parse((await queue.export('json')).text));
    const filed = (postId: string) => json.items.find((item) => item.postId === postId)?.coded.map(({ id, written, topic }) => ({ id, written, topic }));
    expect(filed(XHS_CODED_COMMENT)).toEqual(expect.arrayContaining([
      { id: 'zh-feiyezi', written: '飞叶子', topic: 'cannabis' },
      { id: 'zh-weixin', written: '薇信', topic: 'off-platform-contact' },
    ]));
    expect(filed(X_CODED_REPLY)).toEqual([
      { id: 'en-leaf', written: '🍃', topic: 'cannabis' },
      { id: 'en-seggs', written: 's.e.g.g.s', topic: 'sexual-content' },
    ]);
  });

  test('an AI translation of a post with coded language is asked with the decoded meanings as a glossary; a post without has none', async ({ context, serviceWorker, engine }) => {
    test.setTimeout(180_000);
    // The OpenAI-compatible engine alone, so its request is the one that translates.
    await pointEnginesAtLoopback(serviceWorker, engine, { engines: { disabled: ENGINE_IDS.filter((id) => id !== 'openai-compatible') } });
    await storeSecrets(serviceWorker, { openaiCompatibleApiKey: MOCK_OPENAI_KEY });
    const xhs = new PolicyNotePage(await context.newPage());
    await xhs.open();
    await xhs.page.locator(`#comment-${XHS_CODED_COMMENT}`).scrollIntoViewIfNeeded();
    await expect(xhs.annotation(XHS_CODED_COMMENT)).toHaveAttribute('data-ferry-status', 'done', { timeout: 60_000 });

    type User = { segments: string[]; glossary?: { written: string; meaning: string }[] };
    const users = () => engine.requests.filter((request) => request.path === '/v1/chat/completions').map((request) => JSON.parse((request.body as { messages: { content: string }[] }).messages[1]!.content) as User);
    const coded = users().find((user) => user.segments[0] === '想飞叶子的姐妹，有需要的加薇信聊');
    expect(coded?.glossary).toEqual([
      { written: '飞叶子', meaning: 'smoke cannabis (literally "fly leaves")' },
      { written: '薇信', meaning: 'WeChat (an off-platform contact)' },
    ]);
    // Posts without coded language are asked without a glossary; a glossary only names what its own post wrote.
    expect(users().some((user) => !('glossary' in user))).toBe(true);
    for (const user of users()) for (const term of user.glossary ?? []) expect(user.segments[0]).toContain(term.written);
  });
});
