import i18next, { type i18n as I18n, type Resource } from 'i18next';
import type { UiLanguage } from '../settings/schema';

/**
 * A private i18next instance per context, so the content script never shares
 * state with the page or another extension. Keys are typed through types/i18next.d.ts.
 */
export function createI18n(language: UiLanguage, resources: Resource, namespaces: string[]): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
    ns: namespaces,
    defaultNS: namespaces[0],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
