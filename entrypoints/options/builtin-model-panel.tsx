import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { builtinTranslatorApi, downloadBuiltinModel, toBuiltinLanguage, type Availability } from '@/core/engines/chrome-builtin';
import { resolveTargetLanguage } from '@/core/i18n/language';
import type { Settings } from '@/core/settings/schema';

/**
 * State of the on-device model for the pair a reader needs (Chinese into the
 * target, or English into Chinese) and a Download button. The download must
 * start inside the click: the API requires a user gesture.
 */
export function BuiltinModelPanel({ settings }: { settings: Settings }) {
  const { t } = useTranslation(['ui', 'common']);
  const target = resolveTargetLanguage(settings.targetLanguage, browser.i18n.getUILanguage());
  const source = target.startsWith('zh') ? 'en' : 'zh-Hans';
  const pair = `${t(`common:languages.${source}`)} → ${t(`common:languages.${target}`)}`;
  const api = builtinTranslatorApi(window);
  const [state, setState] = useState<Availability | 'checking'>('checking');
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState('');

  useEffect(() => {
    if (!api) return;
    let alive = true;
    api.availability({ sourceLanguage: toBuiltinLanguage(source), targetLanguage: toBuiltinLanguage(target) }).then(
      (value) => alive && setState(value),
      () => alive && setState('unavailable'),
    );
    return () => {
      alive = false;
    };
  }, [api, source, target]);

  if (!api) return <p className="muted" data-testid="builtin-status">{t('options.builtin.noApi')}</p>;

  const download = async () => {
    setError('');
    setProgress(0);
    setState('downloading');
    try {
      setState(await downloadBuiltinModel(api, source, target, setProgress));
    } catch (caught) {
      setState('downloadable');
      setError(t('options.builtin.failed', { message: caught instanceof Error ? caught.message : String(caught) }));
    } finally {
      setProgress(undefined);
    }
  };

  const percent = new Intl.NumberFormat(undefined, { style: 'percent' }).format(progress ?? 0);
  return (
    <div className="builtin" data-testid="builtin-panel">
      <p data-testid="builtin-status">{state === 'checking' ? '' : t(`options.builtin.status.${state}`, { pair })}</p>
      {progress !== undefined ? (
        <div className="row">
          <progress max={1} value={progress} aria-label={t('options.builtin.progress', { percent })} />
          <span>{percent}</span>
        </div>
      ) : null}
      {state === 'downloadable' ? (
        <button type="button" data-testid="builtin-download" onClick={() => void download()}>
          {t('options.builtin.download', { pair })}
        </button>
      ) : null}
      {error ? (
        <p role="alert" className="error-text">
          {error}
        </p>
      ) : null}
    </div>
  );
}
