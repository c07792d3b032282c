// Types for check-bundle-size.mjs, so its unit test type-checks.
export interface Budgets {
  contentScript: number;
  background: number;
}
export interface BundleResult {
  name: string;
  files: string[];
  budget: number;
  raw: number;
  gzip: number;
  ok: boolean;
}
export const BUDGETS: Budgets;
export function staticImportClosure(dir: string, entry: string): string[];
export function checkBundles(dir: string, budgets?: Budgets): BundleResult[];
