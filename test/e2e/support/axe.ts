import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// landmark-unique is only "moderate" to axe, but two landmarks of one role and name make a
// screen reader's list of regions ambiguous: kept at zero like the serious ones.
// https://dequeuniversity.com/rules/axe/4.13/landmark-unique
const ALSO_FAILS = new Set(['landmark-unique']);

/**
 * Every rule axe has, on the page as it is now; its violations. Two settings make a run two to
 * three times cheaper and leave the violations as they are:
 * - resultTypes: passes, incomplete and inapplicable keep one node each instead of every one
 *   (/compare's contrast checks alone pass on 500 nodes).
 *   https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#options-parameter
 * - legacy mode: one axe.run in the page instead of a run per frame finished in a fresh blank
 *   page. It tests no cross-origin frame, so a page with any frame at all keeps the default.
 *   https://github.com/dequelabs/axe-core-npm/tree/develop/packages/playwright#axebuildersetlegacymodelegacymode-boolean--true
 */
export async function axeViolations(page: Page) {
  const builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(page.frames().length === 1);
  return (await builder.analyze()).violations;
}

/** axe's serious and critical findings (and landmark-unique) on the page as it is now, readable. */
export async function seriousAxe(page: Page): Promise<string[]> {
  return (await axeViolations(page))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || ALSO_FAILS.has(v.id))
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
