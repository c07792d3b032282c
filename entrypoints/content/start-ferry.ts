import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Annotator } from '@/core/annotator/annotator';
import { LearnerHover } from '@/core/annotator/learner-hover';
import { streamExplain } from '@/core/annotator/explain-client';
import { PageNotice } from '@/core/annotator/page-notice';
import { TranslationClient } from '@/core/annotator/translation-client';
import { createI18n } from '@/core/i18n/create-i18n';
import { resolveTargetLanguage, resolveUiLanguage } from '@/core/i18n/language';
import { contentResources } from '@/core/i18n/resources';
import { sendMessage } from '@/core/messaging/client';
import { startModeration } from './start-moderation';
import { startLayoutFallback } from './start-fallback';
import { genericPage } from '@/core/sites/generic-page';
import { loadSettings, watchSettings } from '@/core/settings/items';
import type { Settings } from '@/core/settings/schema';
import type { SiteAdapter } from '@/core/sites/types';

/**
 * Ferry in a page: finds posts through the adapter, draws annotations, and
 * follows settings live. Shared by the site content script and the
 * "translate this page" script the popup injects on other pages.
 */
export async function startFerry(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  const browserLocale = browser.i18n.getUILanguage();
  let settings = await loadSettings();
  if (ctx.isInvalid) return;

  const i18n = createI18n(resolveUiLanguage(settings.uiLanguage, browserLocale), contentResources, ['content', 'common']);
  const client = new TranslationClient((segments, targetLanguage) => sendMessage('translate', { segments, targetLanguage }));
  const notice = new PageNotice(
    document,
    () => ({ title: i18n.t('content:noticeTitle'), settings: i18n.t('content:openSettings'), dismiss: i18n.t('content:dismiss') }),
    () => void sendMessage('openOptions', {}).catch(() => undefined),
  );
  const annotator = new Annotator({
    adapter,
    doc: document,
    client,
    i18n,
    notice,
    target: resolveTargetLanguage(settings.targetLanguage, browserLocale),
    display: settings.display,
    appearance: settings.appearance,
    explain: (post) => ({
      label: i18n.t('content:explain.button'),
      heading: i18n.t('content:explain.heading'),
      disclaimer: i18n.t('content:explain.disclaimer'),
      lang: i18n.language,
      start: (output) =>
        streamExplain(post, {
          append: output.append,
          done: output.done,
          fail: (error) => output.fail(i18n.t(`common:errors.${error.code}`)),
        }),
    }),
  });
  // Offered only with an LLM engine set up; the background answers yes or no, never with the key.
  const checkExplain = () =>
    sendMessage('getExplainAvailability', {}).then(
      ({ available }) => annotator.setExplainAvailable(available),
      () => annotator.setExplainAvailable(false),
    );
  void checkExplain();
  // A key saved in the options tab is not a settings change: ask again when the reader comes back.
  ctx.addEventListener(document, 'visibilitychange', () => document.visibilityState === 'visible' && void checkExplain());

  // Alt + hover on Chinese in a post's original text: pinyin and glosses, looked up in the background.
  const learner = new LearnerHover({
    doc: document,
    isOriginalText: (node) => adapter.findPosts(document, new URL(location.href)).some((post) => post.parts.some((part) => part.anchor.contains(node))),
    lookup: (text, offset) => sendMessage('lookupWord', { text, offset }),
    labels: () => ({ noEntry: i18n.t('content:learner.noEntry'), source: i18n.t('content:learner.source') }),
    withoutAlt: () => settings.mode === 'learner',
  });

  // Moderator mode: a moderation card per post, fed by the same client (nothing is translated twice).
  void startModeration(ctx, adapter, client, i18n);

  const activeFor = (current: Settings) => current.enabled && !current.disabledSites.includes(adapter.id);
  // Until setup is answered only on-device engines run; one line on the page says so and opens the choice.
  const promptSetup = () =>
    sendMessage('getSetupState', {}).then(
      ({ answered }) => !answered && activeFor(settings) && notice.show(i18n.t('content:setup.prompt'), { title: i18n.t('content:setup.title'), action: i18n.t('content:setup.choose') }),
      () => undefined,
    );
  // A site adapter that finds nothing on a page with text: say so once and offer the generic translator.
  if (adapter.id !== genericPage.id) startLayoutFallback(ctx, adapter, i18n, { isActive: () => activeFor(settings), translatePage: () => void startFerry(ctx, genericPage) });
  if (activeFor(settings)) {
    annotator.start();
    void promptSetup();
    learner.start();
  }

  const unwatch = watchSettings((next) => {
    const previous = settings;
    settings = next;
    if (!activeFor(next)) {
      learner.stop();
      return annotator.stop();
    }
    learner.start();
    const target = resolveTargetLanguage(next.targetLanguage, browserLocale);
    const targetChanged = target !== resolveTargetLanguage(previous.targetLanguage, browserLocale);
    annotator.setTarget(target);
    annotator.setDisplay(next.display);
    annotator.setAppearance(next.appearance);
    void checkExplain();
    // A new target redraws everything anyway; otherwise only the notes need asking again.
    if (!targetChanged && JSON.stringify(next.notes) !== JSON.stringify(previous.notes)) annotator.refreshNotes();
    if (next.uiLanguage !== previous.uiLanguage) {
      void i18n.changeLanguage(resolveUiLanguage(next.uiLanguage, browserLocale)).then(() => annotator.refreshLabels());
    }
    annotator.start();
  });

  // SPA navigation (a note opened over the feed, back and forward) changes which post is shown.
  ctx.addEventListener(window, 'wxt:locationchange', () => annotator.scheduleScan());
  // After an update or reload the old script steps aside; the new one draws fresh annotations.
  ctx.onInvalidated(() => {
    // Drawing stops first: it needs no extension API, which is already gone at this point.
    annotator.stop();
    learner.stop();
    try {
      unwatch();
    } catch {
      // The storage API went with the old extension context; its listener went with it.
    }
  });
}
