import { MOCK_OPENAI_KEY } from '../mocks/engine-server';
import { PHRASEBOOK } from '../mocks/phrasebook';
import { expect, test, pointEnginesAtLoopback } from './fixtures';
import { NOTE_ID, XiaohongshuPage } from './pages/xiaohongshu-page';
import { storeSecrets } from './pages/stored-settings';
import type { Worker } from '@playwright/test';
import { ENGINE_IDS } from '../../core/settings/schema';

const TITLE = '成都三天两晚火锅暴走🌶️｜本地人私藏的老火锅';
// The OpenAI-compatible engine alone, so no other engine answers in its place.
const OPENAI_ONLY = { engines: { disabled: ENGINE_IDS.filter((id) => id !== 'openai-compatible') } };

interface ChatBody {
  stream?: boolean;
  response_format?: { type: string };
  messages: { role: string; content: string }[];
}

async function saveOpenAiKey(serviceWorker: Worker, key: string): Promise<void> {
  await storeSecrets(serviceWorker, { openaiCompatibleApiKey: key });
}

test.describe('OpenAI-compatible engine in the pipeline', () => {
  test('a note is translated through streamed, structured batches, each text sent once', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine, OPENAI_ONLY);
    await saveOpenAiKey(serviceWorker, MOCK_OPENAI_KEY);
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();

    await expect(xhs.annotationText(NOTE_ID, 'title')).toHaveText(PHRASEBOOK[TITLE]!);
    const body = xhs.annotationText(NOTE_ID, 'body');
    await expect(body).toContainText('@辣妹子探店日记');
    await expect(body).toContainText('#成都美食 #成都火锅 #旅行攻略');
    expect((await body.innerText()).split('\n').length).toBeGreaterThanOrEqual(5);

    const chats = engine.requests.filter((request) => request.path === '/v1/chat/completions').map((request) => request.body as ChatBody);
    expect(chats.length).toBeGreaterThan(0);
    for (const chat of chats) {
      expect(chat.stream).toBe(true);
      expect(chat.response_format?.type).toBe('json_schema');
    }
    const sent = chats.flatMap((chat) => (JSON.parse(chat.messages[1]!.content) as { segments: string[] }).segments);
    expect(new Set(sent).size).toBe(sent.length);
  });

  test('a wrong key is explained once for the page, no post is translated, and the server is asked at most once per open slot', async ({ context, serviceWorker, engine }) => {
    await pointEnginesAtLoopback(serviceWorker, engine, OPENAI_ONLY);
    await saveOpenAiKey(serviceWorker, 'sk-wrong-key');
    const xhs = new XiaohongshuPage(await context.newPage());
    await xhs.openNote();

    const title = xhs.annotation(NOTE_ID, 'title');
    await expect(title).toHaveAttribute('data-ferry-status', 'error', { timeout: 20_000 });
    await expect(xhs.annotation(NOTE_ID, 'body')).toHaveAttribute('data-ferry-status', 'error');
    // Explained once for the page, not under every post.
    await expect(xhs.notice).toHaveCount(1);
    await expect(xhs.notice.getByRole('alert')).toContainText('The engine refused the API key');
    await expect(title.getByRole('alert')).toContainText("see Ferry's notice on this page");
    await xhs.showMoreReplies();
    await expect(xhs.annotation(NOTE_ID, 'body')).toHaveAttribute('data-ferry-status', 'error');
    // Posts already in English keep a hidden, skipped host; every other one failed.
    const statuses = await xhs.annotations.evaluateAll((hosts) =>
      hosts.filter((host) => !host.hasAttribute('data-ferry-skipped')).map((host) => host.getAttribute('data-ferry-status')),
    );
    expect(statuses.length).toBeGreaterThan(2);
    expect(statuses.filter((status) => status === 'done')).toEqual([]);
    // The engine's concurrency (4) bounds what was already on its way when the 401 came back; nothing after it.
    const chats = engine.requests.filter((request) => request.path === '/v1/chat/completions');
    expect(chats.length).toBeGreaterThan(0);
    expect(chats.length).toBeLessThanOrEqual(4);
  });
});
