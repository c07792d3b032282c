import { useTranslation } from 'react-i18next';
import { DisplayField, ModeField } from '@/components/reading-fields';
import { CARD_THEMES, FONT_SIZES, type Settings } from '@/core/settings/schema';
import type { UpdateSettings } from './app';

/** How cards look and what Ferry adds to them: mode, original or not, text size and colours. */
export function DisplaySection({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const { t } = useTranslation('ui');
  const setAppearance = (change: Partial<Settings['appearance']>) =>
    void update((current) => ({ ...current, appearance: { ...current.appearance, ...change } }));
  return (
    <section aria-labelledby="display-heading" data-testid="display-section">
      <h2 id="display-heading">{t('options.sections.display')}</h2>
      <ModeField settings={settings} update={update} />
      <DisplayField settings={settings} update={update} />
      <label className="field">
        <span>{t('options.display.fontSize')}</span>
        <select data-testid="font-size" value={settings.appearance.fontSize} onChange={(event) => setAppearance({ fontSize: event.target.value as Settings['appearance']['fontSize'] })}>
          {FONT_SIZES.map((size) => (
            <option key={size} value={size}>
              {t(`options.display.fontSizes.${size}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('options.display.theme')}</span>
        <select data-testid="card-theme" value={settings.appearance.theme} onChange={(event) => setAppearance({ theme: event.target.value as Settings['appearance']['theme'] })}>
          {CARD_THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(`options.display.themes.${theme}`)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
