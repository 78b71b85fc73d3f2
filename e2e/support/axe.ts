import fs from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
  html?: string;
}
export interface AxeViolation {
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

export interface AxeOptions {
  /** Only rules with these tags (e.g. the WCAG 2.2 A/AA set); default: axe-core's default rules. */
  tags?: string[];
  /** CSS selectors of parts of the page axe leaves out (say why where it is used). */
  exclude?: string[];
}

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules (issue 20: "WCAG 2.2 AA, shown"). */
export const WCAG22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the page; answers its violations (after a guard against a vacuous run). */
export async function axeViolations(page: Page, label = new URL(page.url()).pathname, options: AxeOptions = {}): Promise<AxeViolation[]> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await injectAxe(page);
  const { violations, passed } = (await page.evaluate(async ({ tags, exclude }) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[]; passes: unknown[] }> } }).axe;
    const context = exclude?.length ? { include: [document], exclude: exclude.map((selector) => [selector]) } : document;
    const results = await axe.run(context, { resultTypes: ['violations'], ...(tags ? { runOnly: { type: 'tag', values: tags } } : {}) });
    return { violations: results.violations, passed: results.passes.length };
  }, options)) as { violations: AxeViolation[]; passed: number };
  // Guard against a vacuous run (e.g. an empty document): real pages pass dozens of rules.
  if (passed < 5) throw new Error(`axe-core passed only ${passed} rule(s) on ${label}: the page looks empty`);
  return violations;
}

/** Runs axe-core (its default rules, or `options.tags`) on the page and fails with a readable list when anything is found. */
export async function expectNoAxeViolations(page: Page, label = new URL(page.url()).pathname, options: AxeOptions = {}): Promise<void> {
  const violations = await axeViolations(page, label, options);
  if (violations.length) {
    throw new Error(`axe-core found ${violations.length} violation(s) on ${label} (${page.url()}):\n${formatViolations(violations)}`);
  }
}
