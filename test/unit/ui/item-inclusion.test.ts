import { excludedLocalIds, type PlanItem } from '../../../src/domain';
import { itemInclusion } from '../../../static/panel/breakdown/item-inclusion';

type Item = Pick<PlanItem, 'localId' | 'parent' | 'source'>;
const epic: Item = { localId: 'epic', parent: null, source: { kind: 'epic' } };
const story = (id: string): Item => ({
  localId: `service:${id}`,
  parent: { kind: 'item', localId: 'epic' },
  source: { kind: 'service', serviceId: id },
});
const item = (id: string, key: string, under: 'story' | 'epic'): Item => ({
  localId: `service:${id}/${key}`,
  parent: { kind: 'item', localId: under === 'story' ? `service:${id}` : 'epic' },
  source: { kind: 'service-item', serviceId: id, itemKey: key },
});

describe('why the preview says an item is left out', () => {
  // A template with the contract as a task under the epic, and error handling as a sub-task.
  const items = [
    epic,
    story('pets'),
    item('pets', 'contract', 'epic'),
    item('pets', 'errors', 'story'),
    story('orders'),
  ];
  const chosen = new Set(['service:pets']);
  const excluded = new Set(excludedLocalIds(items, [...chosen]));
  const inclusion = (localId: string) =>
    itemInclusion(
      items.find((i) => i.localId === localId)!,
      excluded,
      chosen,
    );

  it('the service the team chose is excluded, the rest of the feature is not', () => {
    expect(inclusion('service:pets')).toBe('excluded');
    expect(inclusion('service:orders')).toBe('included');
    expect(inclusion('epic')).toBe('included');
  });

  it('its sub-task goes with its parent, its task under the epic with its service', () => {
    expect(inclusion('service:pets/errors')).toBe('excluded-with-parent');
    expect(inclusion('service:pets/contract')).toBe('excluded-with-service');
  });
});
