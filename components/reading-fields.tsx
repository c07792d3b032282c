import { useTranslation } from 'react-i18next';
import { MODES, type Settings } from '@/core/settings/schema';

type Update = (change: (current: Settings) => Settings) => Promise<void>;

/** Reader, learner or moderator: the same control in the popup and the options page. */
export function ModeField({ settings, update }: { settings: Settings; update: Update }) {
  const { t } = useTranslation('ui');
  return (
    <label className="field">
      <span>{t('popup.mode')}</span>
      <select
        data-testid="mode"
        value={settings.mode}
        onChange={(event) => {
          const mode = MODES.find((candidate) => candidate === event.currentTarget.value) ?? 'reader';
          void update((current) => ({ ...current, mode }));
        }}
      >
        {MODES.map((mode) => (
          <option key={mode} value={mode}>
            {t(`popup.modes.${mode}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Original and translation, or the translation only: the same control in the popup and the options page. */
export function DisplayField({ settings, update }: { settings: Settings; update: Update }) {
  const { t } = useTranslation('ui');
  return (
    <label className="field">
      <span>{t('popup.display')}</span>
      <select
        data-testid="display"
        value={settings.display}
        onChange={(event) => {
          const display = event.currentTarget.value === 'translation-only' ? 'translation-only' : 'both';
          void update((current) => ({ ...current, display }));
        }}
      >
        <option value="both">{t('popup.displayBoth')}</option>
        <option value="translation-only">{t('popup.displayTranslationOnly')}</option>
      </select>
    </label>
  );
}
