import type { SiteAdapter } from '../sites/types';
import { diagnoseLayout, pageKey, type LayoutDiagnosis } from './layout-check';

export interface LayoutWatchOptions {
  adapter: SiteAdapter;
  probes: Record<string, string>;
  doc: Document;
  location: () => string;
  /** Sites render posts after load; the page is judged only after this long. */
  graceMs?: number;
  /** Called once per page whose layout the adapter does not recognise. */
  onUnrecognised: (diagnosis: LayoutDiagnosis) => void;
  /** Called when a page once unrecognised now shows posts (the site finished rendering late). */
  onRecognised?: (pageKey: string) => void;
}

/**
 * Judges each page once, a grace period after it loads or after an in-app
 * navigation: does the adapter find any post where readable text exists?
 */
export class LayoutWatch {
  private timer?: ReturnType<typeof setTimeout>;
  private readonly judged = new Set<string>();

  constructor(private readonly options: LayoutWatchOptions) {}

  start(): void {
    this.stop();
    this.timer = setTimeout(() => this.judge(), this.options.graceMs ?? 5000);
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  judge(): LayoutDiagnosis | null {
    const url = new URL(this.options.location());
    const key = pageKey(url);
    const diagnosis = diagnoseLayout(this.options.adapter, this.options.probes, this.options.doc, url);
    if (!diagnosis) {
      if (this.judged.delete(key)) this.options.onRecognised?.(key);
      return null;
    }
    if (this.judged.has(key)) return diagnosis;
    this.judged.add(key);
    this.options.onUnrecognised(diagnosis);
    return diagnosis;
  }
}
