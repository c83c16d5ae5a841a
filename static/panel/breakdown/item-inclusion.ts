import type { PreviewItem } from '../../../src/contract';

/**
 * Whether a run creates the item: included, excluded by choice, or left out with its parent or
 * with its service (an item the template hangs elsewhere, such as a task under the epic).
 */
export type ItemInclusion =
  'included' | 'excluded' | 'excluded-with-parent' | 'excluded-with-service';

/**
 * Why an item is in or out of the run: `excluded` is what a run leaves out (`excludedLocalIds`),
 * `chosen` the exclusions the team made themselves.
 */
export function itemInclusion(
  item: Pick<PreviewItem, 'localId' | 'parent' | 'source'>,
  excluded: ReadonlySet<string>,
  chosen: ReadonlySet<string>,
): ItemInclusion {
  const { localId, parent, source } = item;
  if (!excluded.has(localId)) return 'included';
  if (chosen.has(localId)) return 'excluded';
  const parentOut = parent?.kind === 'item' && excluded.has(parent.localId);
  return !parentOut && source.kind === 'service-item'
    ? 'excluded-with-service'
    : 'excluded-with-parent';
}
