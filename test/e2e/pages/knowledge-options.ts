import type { Locator, Page } from '@playwright/test';

type NoteKind = 'slang' | 'culture' | 'policy';
type Audience = 'foreign-reader' | 'local-reader' | 'moderator';

/** The options page's Knowledge section: note kinds, audience and compared regions. */
export class KnowledgeOptions {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByTestId('knowledge-section');
  }

  kind(kind: NoteKind): Locator {
    return this.page.getByTestId(`note-kind-${kind}`);
  }

  audience(audience: Audience): Locator {
    return this.page.getByTestId(`note-audience-${audience}`);
  }

  region(region: string): Locator {
    return this.page.getByTestId(`note-region-${region}`);
  }

  /** Clicks the visible switch (its checkbox is visually hidden), as a person would. */
  async setKind(kind: NoteKind, shown: boolean): Promise<void> {
    if ((await this.kind(kind).isChecked()) !== shown) await this.kind(kind).locator('xpath=ancestor::label').click();
  }

  async setAudience(audience: Audience): Promise<void> {
    // A controlled radio only shows the choice once it is saved, so click and let the caller wait for it.
    await this.audience(audience).click();
  }

  async setRegion(region: string, compared: boolean): Promise<void> {
    await this.region(region).setChecked(compared);
  }
}
