import { onUserClick } from './ferry-dom';
import type { Note } from '../knowledge/notes';

export interface NoteLabels {
  kind: Record<Note['kind'], string>;
  level: Record<NonNullable<Note['regions']>[number]['level'], string>;
  region: Record<NonNullable<Note['regions']>[number]['region'], string>;
  confidence: Record<Note['confidence'], string>;
  whyTitle: string;
  why: (matched: string) => string;
  sources: string;
  asOf: (date: string) => string;
  reviewed: (date: string) => string;
  usStates: string;
  platformRules: string;
  regionHeader: string;
  ruleHeader: string;
  levelHeader: string;
  citationHeader: string;
}

/**
 * Compact chips under a translation, one per note, each opening its card in
 * place (no floating overlay to fight the page). Everything is text nodes.
 */
export function renderNoteChips(doc: Document, notes: Note[], labels: NoteLabels, keyPrefix: string): HTMLElement {
  const wrapper = doc.createElement('div');
  wrapper.className = 'notes';
  const chips = doc.createElement('div');
  chips.className = 'chips';
  chips.setAttribute('role', 'list');
  const panel = doc.createElement('div');
  panel.className = 'note-panel';
  let open: string | undefined;

  notes.forEach((note, index) => {
    const item = doc.createElement('span');
    item.setAttribute('role', 'listitem');
    const chip = doc.createElement('button');
    chip.type = 'button';
    chip.className = `chip chip-${note.kind}`;
    chip.setAttribute('data-ferry-note', note.id);
    chip.setAttribute('aria-expanded', 'false');
    const panelId = `${keyPrefix}-note-${index}`;
    chip.setAttribute('aria-controls', panelId);
    const kind = doc.createElement('span');
    kind.className = 'chip-kind';
    kind.textContent = labels.kind[note.kind];
    const title = doc.createElement('span');
    title.textContent = note.title;
    chip.append(kind, title);
    onUserClick(chip, () => {
      const opening = open !== note.id;
      for (const other of chips.querySelectorAll('button')) other.setAttribute('aria-expanded', 'false');
      panel.replaceChildren();
      open = undefined;
      if (!opening) return;
      open = note.id;
      chip.setAttribute('aria-expanded', 'true');
      panel.append(renderCard(doc, note, labels, panelId));
    });
    item.append(chip);
    chips.append(item);
  });
  wrapper.append(chips, panel);
  return wrapper;
}

function text(doc: Document, tag: string, content: string, className?: string): HTMLElement {
  const element = doc.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

function link(doc: Document, title: string, url?: string): HTMLElement {
  if (!url || !/^https?:\/\//i.test(url)) return text(doc, 'span', title);
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.target = '_blank';
  anchor.rel = 'noopener noreferrer';
  anchor.textContent = title;
  return anchor;
}

function renderCard(doc: Document, note: Note, labels: NoteLabels, id: string): HTMLElement {
  const card = doc.createElement('section');
  card.className = `note-card note-${note.kind}`;
  card.id = id;
  card.setAttribute('role', 'region');
  card.setAttribute('aria-label', `${labels.kind[note.kind]}: ${note.title}`);
  card.setAttribute('data-ferry-note-card', note.id);
  card.append(text(doc, 'h3', note.title), text(doc, 'p', note.explanation, 'explanation'));

  if (note.regions?.length) {
    const table = doc.createElement('table');
    const head = doc.createElement('tr');
    for (const header of [labels.regionHeader, labels.levelHeader, labels.ruleHeader, labels.citationHeader]) head.append(text(doc, 'th', header));
    const thead = doc.createElement('thead');
    thead.append(head);
    const tbody = doc.createElement('tbody');
    for (const region of note.regions) {
      const row = doc.createElement('tr');
      row.setAttribute('data-ferry-region', region.region);
      const citation = doc.createElement('td');
      citation.append(link(doc, region.citation.title, region.citation.url), text(doc, 'div', `${labels.asOf(region.asOf)} · ${labels.confidence[region.confidence]}`, 'muted'));
      row.append(text(doc, 'th', labels.region[region.region]), text(doc, 'td', labels.level[region.level], `level level-${region.level}`), text(doc, 'td', region.rule), citation);
      tbody.append(row);
    }
    table.append(thead, tbody);
    card.append(table);
    if (note.usStates) card.append(text(doc, 'p', `${labels.usStates}: ${note.usStates}`, 'muted'));
  }
  if (note.platformRules?.length) {
    card.append(text(doc, 'h4', labels.platformRules));
    const list = doc.createElement('ul');
    for (const rule of note.platformRules) {
      const item = doc.createElement('li');
      item.append(text(doc, 'strong', `${rule.platform}: `), text(doc, 'span', rule.rule), text(doc, 'span', ' '), link(doc, `(${rule.source.title})`, rule.source.url));
      list.append(item);
    }
    card.append(list);
  }
  if (note.sources.length) {
    card.append(text(doc, 'h4', labels.sources));
    const list = doc.createElement('ul');
    for (const source of note.sources) {
      const item = doc.createElement('li');
      item.append(link(doc, source.title, source.url));
      list.append(item);
    }
    card.append(list);
  }
  const why = doc.createElement('details');
  why.append(text(doc, 'summary', labels.whyTitle), text(doc, 'p', labels.why(note.spans.map((span) => span.text).filter((value, index, all) => all.indexOf(value) === index).join(', '))));
  card.append(why, text(doc, 'p', `${labels.confidence[note.confidence]} · ${labels.reviewed(note.lastReviewed)}`, 'muted'));
  return card;
}
