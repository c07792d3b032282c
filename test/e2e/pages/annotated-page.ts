import type { Locator, Page } from '@playwright/test';

export type AnnotationPart = 'title' | 'body' | 'text';

/** What sits right after one of the site's text anchors. */
export interface NextToAnchor {
  postId: string | null;
  status: string | null;
}

/**
 * A site fixture page and the annotations Ferry draws on it. Locators pierce
 * open shadow roots, so the same calls work for Bilibili's web components.
 */
export class AnnotatedPage {
  constructor(readonly page: Page) {}

  get annotations(): Locator {
    return this.page.locator('[data-ferry="annotation"][data-ferry-kind="translation"]');
  }

  annotation(postId: string, part: AnnotationPart = 'text'): Locator {
    return this.page.locator(`[data-ferry="annotation"][data-ferry-post-id="${postId}"][data-ferry-part="${part}"]`);
  }

  /** The card text inside the annotation's own shadow root. */
  annotationText(postId: string, part: AnnotationPart = 'text'): Locator {
    return this.annotation(postId, part).locator('.text');
  }

  /** Post id → how many translation annotations carry it, in the document and every open shadow root. */
  async annotationCounts(): Promise<Record<string, number>> {
    return this.page.evaluate(() => {
      const counts: Record<string, number> = {};
      const visit = (root: Document | ShadowRoot): void => {
        for (const element of root.querySelectorAll('*')) {
          if (element.matches('[data-ferry="annotation"][data-ferry-kind="translation"]')) {
            const id = element.getAttribute('data-ferry-post-id') ?? '';
            counts[id] = (counts[id] ?? 0) + 1;
          } else if (element.shadowRoot) {
            visit(element.shadowRoot);
          }
        }
      };
      visit(document);
      return counts;
    });
  }

  /** For each element matched by `anchors` (in document order), the annotation right after it. */
  async nextToAnchors(anchors: string): Promise<NextToAnchor[]> {
    return this.page.evaluate(
      (selector) =>
        [...document.querySelectorAll(selector)].map((anchor) => {
          const next = anchor.nextElementSibling;
          return { postId: next?.getAttribute('data-ferry-post-id') ?? null, status: next?.getAttribute('data-ferry-status') ?? null };
        }),
      anchors,
    );
  }

  async fixture(method: string, ...args: unknown[]): Promise<void> {
    await this.page.evaluate(
      ({ method, args }) => (window as unknown as { __fixture: Record<string, (...a: unknown[]) => void> }).__fixture[method]!(...args),
      { method, args },
    );
  }
}
