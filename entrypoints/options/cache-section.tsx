import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendMessage } from '@/core/messaging/client';
import { FerryError } from '@/core/messaging/errors';
import type { CacheStats } from '@/core/messaging/protocol';
import { CACHE_SIZE_CHOICES_MB, type Settings } from '@/core/settings/schema';

interface CacheSectionProps {
  settings: Settings;
  update: (change: (current: Settings) => Settings) => Promise<void>;
}

export function CacheSection({ settings, update }: CacheSectionProps) {
  const { t, i18n } = useTranslation(['ui', 'common']);
  const [stats, setStats] = useState<CacheStats>();
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  const run = useCallback(
    async (action: () => Promise<CacheStats>, done?: string) => {
      try {
        setStats(await action());
        setError('');
        if (done) setMessage(done);
      } catch (caught) {
        setError(t(`common:errors.${caught instanceof FerryError ? caught.code : 'internal'}`));
      }
    },
    [t],
  );

  useEffect(() => {
    let alive = true;
    sendMessage('getCacheStats', {}).then(
      (value) => alive && setStats(value),
      (caught: unknown) => alive && setError(t(`common:errors.${caught instanceof FerryError ? caught.code : 'internal'}`)),
    );
    return () => {
      alive = false;
    };
  }, [t]);

  const number = new Intl.NumberFormat(i18n.language);
  const size = stats ? new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(stats.bytes / 1024) : '';
  const lookups = stats ? stats.hits + stats.misses : 0;
  const rate = new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(lookups ? (stats?.hits ?? 0) / lookups : 0);

  return (
    <section aria-labelledby="cache-heading">
      <h2 id="cache-heading">{t('options.sections.cache')}</h2>
      {stats ? <p data-testid="cache-stats">{t('options.cacheStats', { entries: number.format(stats.entries), size, rate })}</p> : null}
      <label className="field">
        <span>{t('options.cacheSize')}</span>
        <select
          data-testid="cache-size"
          value={settings.cache.maxMegabytes}
          onChange={(event) => {
            const chosen = CACHE_SIZE_CHOICES_MB.find((size) => String(size) === event.currentTarget.value);
            if (chosen) void update((current) => ({ ...current, cache: { maxMegabytes: chosen } }));
          }}
        >
          {CACHE_SIZE_CHOICES_MB.map((size) => (
            <option key={size} value={size}>
              {new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'megabyte' }).format(size)}
            </option>
          ))}
        </select>
      </label>
      <p className="muted small-print">{t('options.cacheSizeHint')}</p>
      <button type="button" className="secondary" data-testid="clear-cache" onClick={() => void run(() => sendMessage('clearCache', {}), t('options.cacheCleared'))}>
        {t('options.clearCache')}
      </button>
      <p role="status" className="ok-text">{message}</p>
      {stats?.writeError ? (
        <p role="alert" className="error-text" data-testid="cache-write-error">
          {t(`common:errors.${stats.writeError.code}`)}
        </p>
      ) : null}
      {error ? <p role="alert" className="error-text">{error}</p> : null}
    </section>
  );
}
