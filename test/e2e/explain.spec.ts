import { MOCK_OPENAI_KEY } from '../mocks/engine-server';
import { mockExplanation } from '../mocks/providers/openai-compatible';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { storeSecrets } from './pages/stored-settings';
import { XiaohongshuPage } from './pages/xiaohongshu-page';

const ZHONG_CAO_COMMENT = '67d0f1a2000000001e01b3c1';
const ZHONG_CAO_TEXT = '已经种草了！！下个月就去成都，蹲一个具体店名🙏';

test.describe('explain this post', () => {
  test.setTimeout(120_000);

  test('with an OpenAI-compatible key, a card streams an explanation grounded in its notes, as plain text', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    await storeSecrets(serviceWorker, { openaiCompatibleApiKey: MOCK_OPENAI_KEY });
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    const card = xhs.annotation(ZHONG_CAO_COMMENT);
    await expect(card).toHaveAttribute('data-ferry-status', 'done');
    const button = card.getByRole('button', { name: 'Explain this post' });
    await expect(button).toBeVisible();

    // Keyboard: focus and Enter.
    await button.focus();
    await xhs.page.keyboard.press('Enter');
    await expect(card).toHaveAttribute('data-ferry-explain', 'done');
    const answer = card.locator('.explain-text');
    await expect(answer).toHaveText(/^This post \(\d+ characters\) is casual and friendly\. Ferry's notes: .+\. <b>Tone<\/b>: warm\.$/);
    // Model markup stays text.
    await expect(card.locator('.explain-text b')).toHaveCount(0);
    await expect(card.locator('.explain-answer')).toHaveAttribute('lang', 'en');
    await expect(card.locator('.explain-disclaimer')).toContainText('It can be wrong.');

    const request = engine.requests.find((each) => each.path === '/v1/chat/completions' && JSON.stringify(each.body).includes('"post'));
    const body = request!.body as { stream: boolean; messages: { role: string; content: string }[] };
    expect(body.stream).toBe(true);
    const user = JSON.parse(body.messages.find((message) => message.role === 'user')!.content) as { post: string; notes: { title: string }[] };
    expect(user.post).toBe(ZHONG_CAO_TEXT);
    // Grounding: the background matched the 种草 note and sent it; the answer names it.
    expect(user.notes.length).toBeGreaterThan(0);
    await expect(answer).toHaveText(mockExplanation(user.post, user.notes));
    await card.screenshot({ path: 'docs/screenshots/explain.png' });
  });

  test('without an LLM key the button is not shown; a key saved meanwhile brings it when the reader comes back', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine);
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();
    const card = xhs.annotation(ZHONG_CAO_COMMENT);
    await expect(card).toHaveAttribute('data-ferry-status', 'done');
    await expect(card.locator('.explain-button')).toHaveCount(0);
    await storeSecrets(serviceWorker, { openaiCompatibleApiKey: MOCK_OPENAI_KEY });
    await xhs.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(card.locator('.explain-button')).toBeVisible();
  });
});
