import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { noteLabelsFor } from '@/core/annotator/note-labels';
import { pageSchemeAt } from '@/core/annotator/page-scheme';
import { readSelection } from '@/core/annotator/read-selection';
import { SelectionCard } from '@/core/annotator/selection-card';
import { createI18n } from '@/core/i18n/create-i18n';
import { resolveTargetLanguage, resolveUiLanguage } from '@/core/i18n/language';
import { contentResources } from '@/core/i18n/resources';
import { sendMessage } from '@/core/messaging/client';
import { FerryError } from '@/core/messaging/errors';
import { MAX_SELECTION_CHARS } from '@/core/messaging/protocol';
import { loadSettings } from '@/core/settings/items';

/**
 * "Translate with Ferry" (context menu) and the selection shortcut. Not in the
 * manifest: the background injects it into the tab the user acted in
 * (activeTab). Each run draws one card and replaces any earlier one.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  async main(ctx) {
    const { text, rect, anchor } = readSelection(document);
    const settings = await loadSettings();
    const browserLocale = browser.i18n.getUILanguage();
    const i18n = createI18n(resolveUiLanguage(settings.uiLanguage, browserLocale), contentResources, ['content', 'common']);
    const target = resolveTargetLanguage(settings.targetLanguage, browserLocale);
    const card = new SelectionCard(
      document,
      {
        title: i18n.t('content:selection.title'),
        close: i18n.t('content:selection.close'),
        pending: i18n.t('content:pending'),
        sameLanguage: i18n.t('content:selection.sameLanguage'),
        dictionary: i18n.t('content:selection.dictionary'),
        translatedBy: (engine) => i18n.t('content:translatedBy', { engine }),
        notes: noteLabelsFor(i18n),
      },
      { top: (rect ? rect.bottom : 16) + window.scrollY + 6, left: (rect ? rect.left : 16) + window.scrollX },
      settings.appearance.theme === 'page' ? pageSchemeAt(anchor) : settings.appearance.theme,
    );
    ctx.onInvalidated(() => card.close());
    const trimmed = text.trim();
    if (!trimmed) return card.showError(i18n.t('content:selection.empty'));
    if (trimmed.length > MAX_SELECTION_CHARS) return card.showError(i18n.t('content:selection.tooLong', { max: new Intl.NumberFormat(i18n.language).format(MAX_SELECTION_CHARS) }));
    card.showPending();
    try {
      const answer = await sendMessage('translateSelection', { text: trimmed });
      card.showResult(
        answer,
        target,
        (engine) => i18n.t(`content:engineShort.${engine}` as 'content:engineShort.microsoft-edge', { defaultValue: engine }),
        (code) => i18n.t(`common:errors.${code}` as 'common:errors.internal'),
      );
    } catch (error) {
      card.showError(i18n.t(`common:errors.${error instanceof FerryError ? error.code : 'internal'}`));
    }
  },
});
