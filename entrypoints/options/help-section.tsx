import { useTranslation } from 'react-i18next';

/** What each setting does, in the order the page shows them. */
const HELP_TOPICS = ['targetLanguage', 'neverTranslate', 'uiLanguage', 'mode', 'display', 'fontSize', 'theme', 'engines', 'knowledge', 'privacy', 'cache', 'shortcuts', 'transfer', 'selection', 'explain'] as const;

export function HelpSection() {
  const { t } = useTranslation('ui');
  return (
    <section aria-labelledby="help-heading" className="help" data-testid="help-section">
      <h2 id="help-heading">{t('options.sections.help')}</h2>
      <p>{t('options.help.what')}</p>
      <dl className="help-list">
        {HELP_TOPICS.map((topic) => (
          <div key={topic}>
            <dt>{t(`options.help.topics.${topic}.name`)}</dt>
            <dd>{t(`options.help.topics.${topic}.text`)}</dd>
          </div>
        ))}
        <div key="team">
          <dt>{t('team.heading')}</dt>
          <dd>{t('team.helpTopic')}</dd>
        </div>
      </dl>
      <p>{t('options.help.offline')}</p>
    </section>
  );
}
