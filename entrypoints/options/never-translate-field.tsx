import { useTranslation } from 'react-i18next';
import { TARGET_LANGUAGES, type TargetLanguage } from '@/core/languages';
import type { Settings } from '@/core/settings/schema';
import type { UpdateSettings } from './app';

/** Languages whose posts Ferry leaves alone (someone who reads French too does not want French translated). */
export function NeverTranslateField({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const { t } = useTranslation(['ui', 'common']);
  const toggle = (language: TargetLanguage, never: boolean) =>
    void update((current) => {
      const chosen = new Set(current.neverTranslate);
      if (never) chosen.add(language);
      else chosen.delete(language);
      return { ...current, neverTranslate: TARGET_LANGUAGES.filter((each) => chosen.has(each)) };
    });
  return (
    <fieldset className="plain-fieldset" data-testid="never-translate">
      <legend>{t('options.neverTranslate')}</legend>
      <div className="row">
        {TARGET_LANGUAGES.map((language) => (
          <label key={language} className="checkbox">
            <input type="checkbox" checked={settings.neverTranslate.includes(language)} data-testid={`never-translate-${language}`} onChange={(event) => toggle(language, event.target.checked)} />
            <span>{t(`common:languages.${language}`)}</span>
          </label>
        ))}
      </div>
      <p className="muted small-print">{t('options.neverTranslateHint')}</p>
    </fieldset>
  );
}
