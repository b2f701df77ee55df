import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core in a page of the browser tests (tests/e2e/explorer.test.ts, reading-view.test.ts). */

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
interface AxeWindow {
  axe: {
    run(
      context: unknown,
      options: unknown,
    ): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
  };
  document: unknown;
}

/** Runs axe-core in the page as it is now: each WCAG A/AA violation as `rule: help [targets]`. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (tags) => {
    const window = globalThis as unknown as AxeWindow;
    const result = await window.axe.run(window.document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  }, WCAG_A_AA);
  return violations.map(({ id, help, targets }) => `${id}: ${help} [${targets.join(', ')}]`);
}
