import type { PreviewItem } from '../../../src/contract';

/**
 * The labels every item of the plan carries, said once above the list, and each item's other
 * labels, shown on its row only where it has some.
 */
export function sharedLabels(items: readonly PreviewItem[]): {
  common: string[];
  extraOf: (item: PreviewItem) => string[];
} {
  const [first, ...rest] = items;
  const common = (first?.fields.labels ?? []).filter((label) =>
    rest.every((item) => item.fields.labels.includes(label)),
  );
  const shared = new Set(common);
  return {
    common,
    extraOf: (item) => item.fields.labels.filter((label) => !shared.has(label)),
  };
}
