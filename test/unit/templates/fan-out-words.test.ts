import { builtInTemplate } from '../../../src/domain';
import { describeFanOutItem, unavailableFanOutItems } from '../../../src/domain';

describe('what the epic action says it makes', () => {
  it('describes each sub-task item in one line, the child in the service’s place', () => {
    const template = builtInTemplate('backend-service-breakdown')!;
    const lines = template.serviceItems.map(describeFanOutItem);
    for (const line of lines) {
      expect(line).toMatch(/^A sub-task “.+” under each child(; its description: .+)?\.$/);
      expect(line).not.toMatch(/\{\{|\n/);
    }
    expect(lines.some((line) => line.includes('<child’s summary>'))).toBe(true);
  });

  it('names the items it cannot make, with the reason', () => {
    const template = builtInTemplate('endpoint-per-subtask')!;
    const perEndpoint = template.serviceItems.filter((i) => i.perEndpoint).map((i) => i.name);
    expect(unavailableFanOutItems(template).map((u) => u.name)).toEqual(
      expect.arrayContaining(perEndpoint),
    );
    const asTask = {
      ...template,
      serviceItems: template.serviceItems.map((i) => ({ ...i, role: 'standard' as const })),
    };
    expect(unavailableFanOutItems(asTask).map((u) => u.reason)).toEqual(
      asTask.serviceItems.map(
        () => 'It is created as a task under the epic, not as a sub-task of a child.',
      ),
    );
    expect(unavailableFanOutItems(builtInTemplate('backend-service-breakdown')!)).toEqual([]);
  });
});
