import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser, type Browser } from 'wxt/browser';

const SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

/** Ferry's keyboard commands as the browser has them now; the browser's own page changes them. */
export function ShortcutsSection() {
  const { t } = useTranslation('ui');
  const [commands, setCommands] = useState<Browser.commands.Command[]>([]);
  useEffect(() => {
    // Firefox MV2 and tests without the API: the list stays empty.
    void browser.commands?.getAll().then(setCommands, () => setCommands([]));
  }, []);
  const listed = commands.filter((command) => command.name && command.description);
  return (
    <section aria-labelledby="shortcuts-heading" data-testid="shortcuts-section">
      <h2 id="shortcuts-heading">{t('options.sections.shortcuts')}</h2>
      <p className="muted">{t('options.shortcuts.intro')}</p>
      <ul className="shortcut-list">
        {listed.map((command) => (
          <li key={command.name} data-testid={`shortcut-${command.name}`}>
            <span>{command.description}</span> {command.shortcut ? <kbd>{command.shortcut}</kbd> : <span className="muted">{t('options.shortcuts.none')}</span>}
          </li>
        ))}
      </ul>
      {import.meta.env.FIREFOX ? (
        <p className="muted small-print">{t('options.shortcuts.firefox')}</p>
      ) : (
        // Extension pages cannot link to chrome:// pages; opening a tab is allowed.
        <button type="button" className="secondary" data-testid="open-shortcuts" onClick={() => void browser.tabs.create({ url: SHORTCUTS_PAGE })}>
          {t('options.shortcuts.change')}
        </button>
      )}
    </section>
  );
}
