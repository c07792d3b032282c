import type { Locator } from '@playwright/test';

type NoteKind = 'slang' | 'culture' | 'policy';

/** The note chips and cards inside one annotation's shadow root. */
export class NoteChips {
  constructor(readonly annotation: Locator) {}

  get all(): Locator {
    return this.annotation.locator('button[data-ferry-note]');
  }

  ofKind(kind: NoteKind): Locator {
    return this.annotation.locator(`button.chip-${kind}`);
  }

  chip(noteId: string): Locator {
    return this.annotation.locator(`button[data-ferry-note="${noteId}"]`);
  }

  card(noteId: string): Locator {
    return this.annotation.locator(`[data-ferry-note-card="${noteId}"]`);
  }

  regionRows(noteId: string): Locator {
    return this.card(noteId).locator('tr[data-ferry-region]');
  }

  regionRow(noteId: string, region: string): Locator {
    return this.card(noteId).locator(`tr[data-ferry-region="${region}"]`);
  }

  /** "Why am I seeing this?": a details element inside the card. */
  why(noteId: string): Locator {
    return this.card(noteId).locator('details');
  }
}
