import { useTranslation } from 'react-i18next';
import { Toggle } from '@/components/toggle';
import { AUDIENCES, NOTE_KINDS, type Audience, type NoteKind } from '@/core/knowledge/notes';
import type { Region } from '@/core/knowledge/schema';
import { ALL_REGIONS, type Settings } from '@/core/settings/schema';
import type { UpdateSettings } from './app';

/**
 * Which notes Ferry draws under posts: the kinds, who they are written for and
 * which regions a policy card compares. Saved to settings.notes, which every
 * open page watches, so chips change without a reload.
 */
export function KnowledgeSection({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const { t } = useTranslation('ui');
  const { notes } = settings;

  const setKind = (kind: NoteKind, shown: boolean) =>
    void update((current) => ({ ...current, notes: { ...current.notes, kinds: { ...current.notes.kinds, [kind]: shown } } }));
  const setAudience = (audience: Audience) => void update((current) => ({ ...current, notes: { ...current.notes, audience } }));
  const setRegion = (region: Region, compared: boolean) =>
    void update((current) => {
      const chosen = new Set(current.notes.regions);
      if (compared) chosen.add(region);
      else chosen.delete(region);
      // Kept in the fixed table order, whatever order the boxes were ticked in.
      return { ...current, notes: { ...current.notes, regions: ALL_REGIONS.filter((each) => chosen.has(each)) } };
    });

  return (
    <section aria-labelledby="knowledge-heading" data-testid="knowledge-section">
      <h2 id="knowledge-heading">{t('options.knowledge.heading')}</h2>
      <p className="muted">{t('options.knowledge.intro')}</p>

      <fieldset className="plain-fieldset">
        <legend>{t('options.knowledge.kindsLegend')}</legend>
        {NOTE_KINDS.map((kind) => (
          <Toggle key={kind} label={t(`options.knowledge.kinds.${kind}`)} checked={notes.kinds[kind]} testId={`note-kind-${kind}`} onChange={(shown) => setKind(kind, shown)} />
        ))}
      </fieldset>

      <fieldset className="plain-fieldset">
        <legend>{t('options.knowledge.audienceLegend')}</legend>
        {AUDIENCES.map((audience) => (
          <label key={audience} className="radio">
            <input type="radio" name="note-audience" value={audience} checked={notes.audience === audience} data-testid={`note-audience-${audience}`} onChange={() => setAudience(audience)} />
            <span>
              <strong>{t(`options.knowledge.audiences.${audience}`)}</strong>
              <span className="muted small-print"> {t(`options.knowledge.audienceHints.${audience}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset className="plain-fieldset" disabled={!notes.kinds.policy}>
        <legend>{t('options.knowledge.regionsLegend')}</legend>
        <div className="row">
          {ALL_REGIONS.map((region) => (
            <label key={region} className="checkbox">
              <input type="checkbox" checked={notes.regions.includes(region)} data-testid={`note-region-${region}`} onChange={(event) => setRegion(region, event.target.checked)} />
              <span>{t(`options.knowledge.regions.${region}`)}</span>
            </label>
          ))}
        </div>
        <p className="muted small-print">{t('options.knowledge.regionsHint')}</p>
      </fieldset>
    </section>
  );
}
