import fs from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
  html?: string;
}
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/**
 * Puts axe-core into the page. The server's CSP is `script-src 'self'`, so a
 * <script> tag with inline content would be refused; page.evaluate goes through
 * the DevTools protocol, which CSP does not govern, so the page keeps its real CSP.
 */
async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (present) return;
  await page.evaluate(`(() => { ${axeSource}\n })()`).catch(() => undefined);
  if (await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object')) return;
  // Fallback: a script tag (works when the context was made with bypassCSP: true).
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
}

export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `    - ${JSON.stringify(n.target)}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`)
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    ... and ${v.nodes.length - 8} more` : '';
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

/** Runs axe-core (all its default rules) on the page and fails with a readable list when anything is found. */
export async function expectNoAxeViolations(page: Page, label = new URL(page.url()).pathname): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await injectAxe(page);
  const { violations, passed } = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[]; passes: unknown[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return { violations: results.violations, passed: results.passes.length };
  })) as { violations: AxeViolation[]; passed: number };
  // Guard against a vacuous run (e.g. an empty document): real pages pass dozens of rules.
  if (passed < 5) throw new Error(`axe-core passed only ${passed} rule(s) on ${label}: the page looks empty`);
  if (violations.length) {
    throw new Error(`axe-core found ${violations.length} violation(s) on ${label} (${page.url()}):\n${formatViolations(violations)}`);
  }
}
