import { useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { browser } from 'wxt/browser';
import { createI18n } from '@/core/i18n/create-i18n';
import { resolveUiLanguage } from '@/core/i18n/language';
import { resources } from '@/core/i18n/resources';
import type { Settings } from '@/core/settings/schema';

/** Provides i18next to a page, following the UI-language setting live. */
export function I18nRoot({ settings, children }: { settings: Settings | undefined; children: ReactNode }) {
  const browserLocale = browser.i18n.getUILanguage();
  const language = resolveUiLanguage(settings?.uiLanguage ?? 'auto', browserLocale);
  const i18n = useMemo(() => createI18n(language, resources, ['ui', 'common']), []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
