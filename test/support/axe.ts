import { readFileSync } from 'node:fs';
import type { Frame } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (Deque's accessibility rules, WCAG 2 A/AA) on the document of `frame` and answers
 * the violations whose impact is serious or critical.
 */
export async function seriousAxeViolations(frame: Frame): Promise<AxeViolation[]> {
  const hasAxe = await frame.evaluate<boolean>('typeof window.axe === "object"');
  if (!hasAxe) {
    await frame.addScriptTag({
      content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'),
    });
  }
  return frame.evaluate<AxeViolation[]>(`(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
  })()`);
}
