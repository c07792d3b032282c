// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { contentResources } from '../i18n/resources';
import { visibleText } from '../sites/text';
import type { PostRecord, SiteAdapter } from '../sites/types';
import { Annotator } from './annotator';
import type { ClientResult, TranslationClient } from './translation-client';

/*
 * Comments that live in nested open shadow roots (Bilibili's web components):
 * the annotator must see changes inside the roots the adapter points to,
 * draw the annotation inside the shadow tree, and let go of roots that left.
 */

/** `<x-thread data-id>` → shadow: `<x-text>` → shadow: `<p id="contents">`. */
function thread(id: string, text: string): HTMLElement {
  const host = document.createElement('x-thread');
  host.setAttribute('data-id', id);
  const inner = document.createElement('x-text');
  host.attachShadow({ mode: 'open' }).append(inner);
  const contents = document.createElement('p');
  contents.id = 'contents';
  contents.textContent = text;
  inner.attachShadow({ mode: 'open' }).append(contents);
  return host;
}

function contentsOf(host: Element): HTMLElement {
  return host.shadowRoot!.querySelector('x-text')!.shadowRoot!.querySelector('#contents')!;
}

const shadowAdapter: SiteAdapter = {
  id: 'shadow',
  name: 'Shadow',
  hosts: ['localhost'],
  matches: [],
  findPosts(doc) {
    const posts: PostRecord[] = [];
    for (const host of doc.querySelectorAll('x-thread[data-id]')) {
      const contents = host.shadowRoot?.querySelector('x-text')?.shadowRoot?.querySelector('#contents');
      if (!contents) continue;
      posts.push({ siteId: 'shadow', id: host.getAttribute('data-id')!, kind: 'comment', parts: [{ part: 'text', text: visibleText(contents), source: contents, anchor: contents }] });
    }
    return posts;
  },
  shadowRoots(doc) {
    return [...doc.querySelectorAll('x-thread')].flatMap((host) => {
      const outer = host.shadowRoot;
      const inner = outer?.querySelector('x-text')?.shadowRoot;
      return [outer, inner].filter((root): root is ShadowRoot => !!root);
    });
  },
};

class InstantClient {
  translate(text: string): Promise<ClientResult> {
    return Promise.resolve({ status: 'done', translation: `EN(${text})`, engine: 'microsoft-edge', sourceLanguage: 'zh-Hans' });
  }
  cancel(): void {}
  reset(): void {}
}

// A scan waits for the page's next frame (jsdom draws one every 16 ms).
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));
const annotationsIn = (root: ParentNode) => root.querySelectorAll('[data-ferry="annotation"][data-ferry-kind="translation"]');

describe('Annotator and open shadow roots', () => {
  let annotator: Annotator | undefined;
  afterEach(() => {
    annotator?.stop();
    document.body.replaceChildren();
  });

  function start(): Annotator {
    const i18n = createI18n('en', contentResources, ['content', 'common']);
    annotator = new Annotator({ adapter: shadowAdapter, doc: document, client: new InstantClient() as unknown as TranslationClient, i18n, target: 'en', scanDelayMs: 1 });
    annotator.start();
    return annotator;
  }

  it('draws the annotation inside the shadow tree, right after the text', async () => {
    const host = thread('r1', '第一条评论');
    document.body.append(host);
    start();
    await settle();
    const next = contentsOf(host).nextElementSibling!;
    expect(next.getAttribute('data-ferry-post-id')).toBe('r1');
    expect(next.getAttribute('data-ferry-status')).toBe('done');
    expect(annotationsIn(document)).toHaveLength(0);
  });

  it('re-annotates when the site wipes a nested shadow root and rebuilds it', async () => {
    const host = thread('r1', '第一条评论');
    document.body.append(host);
    const ferry = start();
    await settle();
    const scans = ferry.scans;
    // What Bilibili does: `shadowRoot.innerHTML = …` drops every node, Ferry's included.
    const textRoot = host.shadowRoot!.querySelector('x-text')!.shadowRoot!;
    const contents = document.createElement('p');
    contents.id = 'contents';
    contents.textContent = '第一条评论（已编辑）';
    textRoot.replaceChildren(contents);
    await settle();
    expect(ferry.scans).toBeGreaterThan(scans);
    expect(annotationsIn(textRoot)).toHaveLength(1);
    expect(contents.nextElementSibling!.getAttribute('data-ferry-post-id')).toBe('r1');
    expect(contents.nextElementSibling!.shadowRoot!.textContent).toContain('EN(第一条评论（已编辑）)');
  });

  it('sees comments added inside an observed shadow root, and new nested roots inside them', async () => {
    const list = document.createElement('x-list');
    const listRoot = list.attachShadow({ mode: 'open' });
    document.body.append(list);
    const adapter: SiteAdapter = {
      ...shadowAdapter,
      findPosts: (doc) => shadowAdapter.findPosts(listRoot as unknown as Document, new URL(doc.location.href)),
      shadowRoots: () => [listRoot, ...shadowAdapter.shadowRoots!(listRoot as unknown as Document)],
    };
    const i18n = createI18n('en', contentResources, ['content', 'common']);
    annotator = new Annotator({ adapter, doc: document, client: new InstantClient() as unknown as TranslationClient, i18n, target: 'en', scanDelayMs: 1 });
    annotator.start();
    await settle();
    const first = thread('r1', '一');
    listRoot.append(first);
    await settle();
    expect(contentsOf(first).nextElementSibling?.getAttribute('data-ferry-post-id')).toBe('r1');
    // Nothing outside the shadow tree changed: only the root's observer could have noticed.
    const second = thread('r2', '二');
    listRoot.append(second);
    await settle();
    expect(contentsOf(second).nextElementSibling?.getAttribute('data-ferry-post-id')).toBe('r2');
  });

  it('lets go of roots that left the page, and of all of them on stop', async () => {
    const host = thread('r1', '一');
    document.body.append(host);
    const ferry = start();
    await settle();
    const oldRoot = host.shadowRoot!.querySelector('x-text')!.shadowRoot!;
    host.remove();
    await settle();
    // A mutation in the detached root wakes no scan.
    const scans = ferry.scans;
    oldRoot.append(document.createElement('span'));
    await settle();
    expect(ferry.scans).toBe(scans);
    expect(annotationsIn(oldRoot)).toHaveLength(0);

    const again = thread('r2', '二');
    document.body.append(again);
    await settle();
    ferry.stop();
    const afterStop = ferry.scans;
    again.shadowRoot!.append(document.createElement('span'));
    await settle();
    expect(ferry.scans).toBe(afterStop);
    expect(annotationsIn(again.shadowRoot!.querySelector('x-text')!.shadowRoot!)).toHaveLength(0);
  });
});
