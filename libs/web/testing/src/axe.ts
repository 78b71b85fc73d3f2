import axe from 'axe-core';

/**
 * Runs axe on rendered markup and returns "rule: help (n nodes)" lines.
 * jsdom does no layout, so colour contrast cannot be measured here: the
 * stylesheet's colours are checked by hand and in the browser instead.
 */
export async function axeViolations(container: Element = document.body): Promise<string[]> {
  const results = await axe.run(container, {
    rules: {
      'color-contrast': { enabled: false },
    },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`);
}
