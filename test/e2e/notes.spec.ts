import { statSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, expect, test, pointEnginesAtLoopback } from './fixtures';
import { KnowledgeOptions } from './pages/knowledge-options';
import { LearnerPopover } from './pages/learner-hover';
import { OptionsPage } from './pages/options-page';
import { DISPENSARY_COMMENT, GARDEN_COMMENT, POLICY_NOTE_ID, PolicyNotePage, STRAWBERRY_COMMENT, ZHONG_CAO_COMMENT } from './pages/policy-note-page';

const REGIONS = ['CN', 'HK', 'TW', 'US', 'EU', 'UK'];

test.describe('Knowledge notes on a Xiaohongshu note', () => {
  test('chips sit under the translation by kind; a policy chip opens its card with the regions compared, citations, dates and why it is shown', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const xhs = new PolicyNotePage(await context.newPage());
    await xhs.open();

    const title = xhs.notes(POLICY_NOTE_ID, 'title');
    const body = xhs.notes(POLICY_NOTE_ID, 'body');
    await expect(body.ofKind('policy')).toHaveCount(2);
    await expect(body.chip('policy-cannabis')).toContainText('Cannabis');
    await expect(body.chip('policy-controlled-knives')).toBeVisible();
    // 避坑 is slang, 黄金周 (Golden Week) a culture note.
    await expect(title.chip('cai-keng')).toHaveClass(/chip-slang/);
    await expect(title.chip('culture-golden-week')).toHaveClass(/chip-culture/);
    // The chips come after the translation, inside the same card.
    await expect(body.annotation.locator('.card > .text ~ .notes')).toHaveCount(1);
    await expect(body.annotation.locator('.text')).toContainText('coffee shops selling cannabis');

    const cannabis = body.chip('policy-cannabis');
    await expect(cannabis).toHaveAttribute('aria-expanded', 'false');
    await cannabis.click();
    await expect(cannabis).toHaveAttribute('aria-expanded', 'true');
    const card = body.card('policy-cannabis');
    await expect(card.locator('.explanation')).toContainText('Cannabis is a prohibited drug in mainland China');
    await expect(body.regionRows('policy-cannabis')).toHaveCount(REGIONS.length);
    expect(await body.regionRows('policy-cannabis').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-ferry-region')))).toEqual(REGIONS);
    for (const region of REGIONS) {
      // Every row: a status, one rule sentence, the law it comes from, the date it holds for and a confidence.
      const row = body.regionRow('policy-cannabis', region);
      await expect(row.locator('.level')).not.toBeEmpty();
      await expect(row).toContainText(/as of [A-Z][a-z]{2} \d{1,2}, \d{4} · (High|Medium|Low) confidence/);
    }
    await expect(body.regionRow('policy-cannabis', 'CN')).toContainText('Prohibited');
    await expect(body.regionRow('policy-cannabis', 'CN')).toContainText('PRC Criminal Law, Arts. 347, 348, 357');
    await expect(body.regionRow('policy-cannabis', 'US')).toContainText('Varies');
    await expect(body.regionRow('policy-cannabis', 'US').locator('a')).toHaveAttribute('href', /^https:\/\/www\.govinfo\.gov\//);
    await expect(body.regionRow('policy-cannabis', 'US').locator('a')).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(card).toContainText('US states:');
    await expect(card).toContainText(/reviewed [A-Z][a-z]{2} \d{1,2}, \d{4}/);

    const why = body.why('policy-cannabis');
    await why.locator('summary').click();
    // The original's term and the word the engine kept for it in the translation.
    await expect(why).toContainText('Ferry found “大麻, cannabis” in this post');

    await body.annotation.evaluate((host) => host.scrollIntoView({ block: 'start' }));
    await xhs.page.locator('#noteContainer .interaction-container').screenshot({ path: 'docs/screenshots/notes-card.png' });

    // Clicking the chip again closes the card; the knives chip opens its own.
    await cannabis.click();
    await expect(card).toHaveCount(0);
    await body.chip('policy-controlled-knives').click();
    await expect(body.card('policy-controlled-knives').locator('.explanation')).not.toBeEmpty();
    await expect(body.regionRows('policy-controlled-knives')).toHaveCount(REGIONS.length);
  });

  test('switching a kind off in the options removes its chips live; regions follow the same way', async ({ context, serviceWorker, engine, extensionId }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const xhs = new PolicyNotePage(await context.newPage());
    await xhs.open();
    const title = xhs.notes(POLICY_NOTE_ID, 'title');
    const body = xhs.notes(POLICY_NOTE_ID, 'body');
    await expect(body.ofKind('policy')).toHaveCount(2);
    await expect(title.ofKind('slang')).toHaveCount(1);
    // A marker that a reload would wipe.
    await xhs.page.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));
    const engineCalls = engine.requests.length;

    const options = new KnowledgeOptions((await OptionsPage.open(context, extensionId)).page);
    await expect(options.section).toBeVisible();
    await expect(options.kind('policy')).toBeChecked();
    await options.setKind('policy', false);
    await expect(options.kind('policy')).not.toBeChecked();

    await expect(body.ofKind('policy')).toHaveCount(0);
    await expect(title.ofKind('slang')).toHaveCount(1);
    await expect(title.ofKind('culture')).toHaveCount(1);
    await expect(xhs.annotationText(POLICY_NOTE_ID, 'body')).toContainText('coffee shops selling cannabis');

    await options.setKind('slang', false);
    await expect(title.ofKind('slang')).toHaveCount(0);
    await expect(title.ofKind('culture')).toHaveCount(1);

    await options.setKind('policy', true);
    await expect(body.ofKind('policy')).toHaveCount(2);
    await options.setRegion('TW', false);
    await options.setRegion('EU', false);
    await expect(options.region('TW')).not.toBeChecked();
    await expect
      .poll(async () => {
        await body.chip('policy-cannabis').click();
        const regions = await body.regionRows('policy-cannabis').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-ferry-region')));
        if (regions.length) await body.chip('policy-cannabis').click();
        return regions;
      })
      .toEqual(['CN', 'HK', 'US', 'UK']);

    expect(await xhs.page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
    // Notes are chosen again in the background; the translations come from its cache, not the engine.
    expect(engine.requests.length).toBe(engineCalls);
  });

  test('a look-alike gets no note while the real term does, for readers and for moderators', async ({ context, serviceWorker, engine, extensionId }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const xhs = new PolicyNotePage(await context.newPage());
    await xhs.open();

    // 种草莓 "plant strawberries" contains 种草 but is not the slang; 种草荷兰 is.
    await expect(xhs.notes(ZHONG_CAO_COMMENT).chip('zhong-cao')).toBeVisible();
    await expect(xhs.annotation(STRAWBERRY_COMMENT)).toHaveAttribute('data-ferry-status', 'done');
    await expect(xhs.annotationText(STRAWBERRY_COMMENT)).toContainText('plant strawberries');
    await expect(xhs.notes(STRAWBERRY_COMMENT).all).toHaveCount(0);

    // English comments are the reader's own language: hidden, no notes.
    await expect(xhs.annotation(DISPENSARY_COMMENT)).toHaveAttribute('data-ferry-skipped', 'same-language');

    // Moderators get notes on their own language too: "weed edibles at a dispensary" is cannabis, "weed the garden" is not.
    const options = new KnowledgeOptions((await OptionsPage.open(context, extensionId)).page);
    await options.setAudience('moderator');
    await expect(options.audience('moderator')).toBeChecked();
    await expect(xhs.notes(DISPENSARY_COMMENT).chip('policy-cannabis')).toBeVisible();
    await expect(xhs.annotation(DISPENSARY_COMMENT)).not.toHaveAttribute('data-ferry-skipped', 'same-language');
    await expect(xhs.annotation(GARDEN_COMMENT)).toHaveAttribute('data-ferry-skipped', 'same-language');
    await expect(xhs.notes(GARDEN_COMMENT).all).toHaveCount(0);
    await expect(xhs.notes(STRAWBERRY_COMMENT).all).toHaveCount(0);
    // Policy first for moderators.
    await expect(xhs.notes(POLICY_NOTE_ID, 'body').all.first()).toHaveClass(/chip-policy/);
  });

  test('a local reader gets the policy topic framed from their own platform; a visitor keeps the general wording', async ({ context, serviceWorker, engine, extensionId }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const xhs = new PolicyNotePage(await context.newPage());
    await xhs.open();
    const body = xhs.notes(POLICY_NOTE_ID, 'body');
    await body.chip('policy-cannabis').click();
    await expect(body.card('policy-cannabis').locator('.explanation')).toContainText('Cannabis is a prohibited drug in mainland China');
    await body.chip('policy-cannabis').click();

    const options = new KnowledgeOptions((await OptionsPage.open(context, extensionId)).page);
    await options.setAudience('local-reader');
    await expect(options.audience('local-reader')).toBeChecked();
    await expect(options.section).toContainText('compare the poster’s home rules with yours and the platform’s');

    // The same Chinese post, for an English reader at home on their own platform: where the poster's rules come from.
    await expect
      .poll(async () => {
        await body.chip('policy-cannabis').click();
        const text = await body.card('policy-cannabis').locator('.explanation').textContent();
        await body.chip('policy-cannabis').click();
        return text;
      })
      .toContain('Chinese-language posts about cannabis usually come from places where it is a prohibited drug');
    // Slang and culture notes are the ones a visitor gets; on Xiaohongshu (at home in mainland China) CN leads the regions.
    const title = xhs.notes(POLICY_NOTE_ID, 'title');
    await expect(title.chip('cai-keng')).toHaveClass(/chip-slang/);
    await body.chip('policy-cannabis').click();
    expect(await body.regionRows('policy-cannabis').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-ferry-region')))).toEqual(REGIONS);
    await expect(body.card('policy-cannabis')).not.toContainText('Cannabis is a prohibited drug in mainland China');
  });

  test('Alt+hover on a Chinese word in the original shows its pinyin and a gloss, looked up in the background', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const xhs = new PolicyNotePage(await context.newPage());
    await xhs.open();
    await expect(xhs.annotation(ZHONG_CAO_COMMENT)).toHaveAttribute('data-ferry-status', 'done');
    const learner = new LearnerPopover(xhs.page);
    const comment = `#comment-${ZHONG_CAO_COMMENT} .note-text`;

    // Without Alt, hovering shows nothing.
    const zhongCao = await learner.pointOf(comment, '种草', 1);
    await xhs.page.mouse.move(zhongCao.x, zhongCao.y);
    await xhs.page.waitForTimeout(300);
    await expect(learner.popover).toHaveCount(0);

    // On the second character of 种草: the whole word, its pinyin and an English gloss.
    await learner.altHover(zhongCao);
    await expect(learner.popover).toHaveAttribute('data-ferry-word', '种草');
    await expect(learner.word).toHaveText('种草');
    await expect(learner.pinyin.first()).toHaveText('zhòngcǎo');
    await expect(learner.gloss.first()).toContainText(/\w{3,}/);
    await expect(learner.popover).toContainText('CC-CEDICT');
    await xhs.page.screenshot({ path: 'docs/screenshots/learner-hover.png', clip: await hoverClip(learner) });

    // Another word in the same sentence.
    await learner.altHover(await learner.pointOf(comment, '荷兰'));
    await expect(learner.popover).toHaveAttribute('data-ferry-word', '荷兰');
    await expect(learner.pinyin.first()).toHaveText('Hélán');

    // Letting go of Alt hides it.
    await learner.releaseAlt();
    await expect(learner.popover).toBeHidden();
    // Chinese outside a post (the site's own header) is not a target.
    await learner.altHover(await learner.pointOf('.header-container .logo', '小红书'));
    await xhs.page.waitForTimeout(300);
    await expect(learner.popover).toBeHidden();
    await learner.releaseAlt();

    // The dictionary and pinyin tables stay in the background: the content script is small.
    expect(statSync(path.join(EXTENSION_DIR, 'content-scripts/content.js')).size).toBeLessThan(400_000);
  });
});

/** The popover with the words it explains above it. */
async function hoverClip(learner: LearnerPopover): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = (await learner.popover.boundingBox())!;
  return { x: Math.max(0, box.x - 60), y: Math.max(0, box.y - 80), width: box.width + 180, height: box.height + 110 };
}

