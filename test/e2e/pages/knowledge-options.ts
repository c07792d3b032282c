import { expect, type Locator, type Page } from '@playwright/test';

type NoteKind = 'slang' | 'culture' | 'policy';
type Audience = 'foreign-reader' | 'local-reader' | 'moderator';

/**
 * The options page's Knowledge section: note kinds, audience and compared regions.
 * Its inputs are controlled and show a choice once it is saved, so each setter
 * clicks like a person and then waits for the saved state.
 */
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

  /** Clicks the visible switch (its checkbox is visually hidden). */
  async setKind(kind: NoteKind, shown: boolean): Promise<void> {
    if ((await this.kind(kind).isChecked()) !== shown) await this.kind(kind).locator('xpath=ancestor::label').click();
    await expect(this.kind(kind)).toBeChecked({ checked: shown });
  }

  async setAudience(audience: Audience): Promise<void> {
    await this.audience(audience).click();
    await expect(this.audience(audience)).toBeChecked();
  }

  async setRegion(region: string, compared: boolean): Promise<void> {
    if ((await this.region(region).isChecked()) !== compared) await this.region(region).click();
    await expect(this.region(region)).toBeChecked({ checked: compared });
  }
}
