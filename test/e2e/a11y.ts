import type { Page } from '@playwright/test';
import axe from 'axe-core';

const AXE_SOURCE = axe.source;

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page (evaluated through DevTools, so extension CSP does
 * not block it) and returns serious and critical violations. `onlyFerry`
 * keeps those inside Ferry's own elements, for site pages Ferry draws into.
 */
export async function seriousViolations(page: Page, { onlyFerry = false }: { onlyFerry?: boolean } = {}): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE);
  const findings = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.flatMap((violation) =>
      violation.nodes.map((node) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: node.target.map((target) => JSON.stringify(target)) })),
    );
  });
  return findings.filter((finding) => (finding.impact === 'serious' || finding.impact === 'critical') && (!onlyFerry || finding.targets.some((target) => /ferry-/.test(target))));
}
