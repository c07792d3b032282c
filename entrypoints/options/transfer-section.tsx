import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendMessage } from '@/core/messaging/client';
import { saveSettings } from '@/core/settings/items';
import type { Settings } from '@/core/settings/schema';
import { SECRET_NAMES } from '@/core/settings/secret-names';
import { exportSettingsFile, parseSettingsFile } from '@/core/settings/transfer';

type Outcome = { kind: 'ok' | 'error'; message: string } | undefined;

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Settings to and from a JSON file. Keys stay out of an export unless ticked;
 * an import is checked whole against the settings schema before anything is saved.
 */
export function TransferSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation('ui');
  const [includeKeys, setIncludeKeys] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const fileInput = useRef<HTMLInputElement>(null);
  const warningId = useId();

  const exportFile = async () => {
    const secrets = includeKeys ? await sendMessage('exportSecrets', {}) : undefined;
    download(`ferry-settings-${new Date().toISOString().slice(0, 10)}.json`, exportSettingsFile(settings, secrets));
    setOutcome({ kind: 'ok', message: t('options.transfer.exported') });
  };

  const importFile = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setOutcome({ kind: 'error', message: t('options.transfer.errors.read') });
    }
    const result = parseSettingsFile(text, settings);
    if (!result.ok) {
      const message =
        result.reason === 'invalid' && result.path
          ? t('options.transfer.errors.invalidField', { field: result.path })
          : t(`options.transfer.errors.${result.reason}`);
      return setOutcome({ kind: 'error', message });
    }
    await saveSettings(() => result.settings);
    const keys = SECRET_NAMES.filter((name) => result.secrets?.[name] !== undefined);
    for (const name of keys) await sendMessage('setSecret', { name, value: result.secrets![name]! });
    setOutcome({ kind: 'ok', message: keys.length ? t('options.transfer.importedKeys', { count: keys.length }) : t('options.transfer.imported') });
  };

  return (
    <section aria-labelledby="transfer-heading" data-testid="transfer-section">
      <h2 id="transfer-heading">{t('options.sections.transfer')}</h2>
      <p className="muted">{t('options.transfer.intro')}</p>
      <label className="checkbox">
        <input type="checkbox" data-testid="export-include-keys" checked={includeKeys} aria-describedby={includeKeys ? warningId : undefined} onChange={(event) => setIncludeKeys(event.target.checked)} />
        <span>{t('options.transfer.includeKeys')}</span>
      </label>
      {includeKeys ? (
        <p id={warningId} className="notice" data-testid="export-keys-warning">
          {t('options.transfer.includeKeysWarning')}
        </p>
      ) : null}
      <div className="row">
        <button type="button" data-testid="export-settings" onClick={() => void exportFile()}>
          {t('options.transfer.export')}
        </button>
        <button type="button" className="secondary" data-testid="import-settings" onClick={() => fileInput.current?.click()}>
          {t('options.transfer.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="import-file"
          aria-label={t('options.transfer.import')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <p role={outcome?.kind === 'error' ? 'alert' : 'status'} data-testid="transfer-result" className={outcome?.kind === 'error' ? 'error-text' : 'ok-text'}>
        {outcome?.message ?? ''}
      </p>
    </section>
  );
}
