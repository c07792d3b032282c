import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';

/** Version, licences and credits, and a way back into the first-run setup. */
export function AboutSection() {
  const { t } = useTranslation('ui');
  const { version } = browser.runtime.getManifest();
  return (
    <section aria-labelledby="about-heading" data-testid="about-section">
      <h2 id="about-heading">{t('options.sections.about')}</h2>
      <p data-testid="about-version">{t('options.about.version', { version })}</p>
      <p>{t('options.about.licence')}</p>
      <p>{t('options.about.libraries')}</p>
      <p>
        {t('options.about.dictionary')} <a href="#dictionary-credit">{t('options.about.dictionaryLink')}</a>
      </p>
      <button type="button" className="secondary" data-testid="rerun-onboarding" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') })}>
        {t('options.about.rerunOnboarding')}
      </button>
    </section>
  );
}
