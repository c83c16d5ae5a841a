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

  it('says what the epic action makes: the wording for a child story, sections in plain words', () => {
    const template = builtInTemplate('backend-service-breakdown')!;
    const contract = template.serviceItems.find((i) => i.key === 'contract')!;
    expect(contract.child).toBeDefined();
    const line = describeFanOutItem(contract);
    expect(line).toContain('<child’s summary>');
    // Not the scoped service's wording, and no section named by its internal kind.
    expect(line).not.toContain(
      describeFanOutItem({ ...contract, child: undefined }).split('”')[0]!,
    );
    expect(line).not.toMatch(/service-openapi|failure-checklist|\bwhy\b/);
    expect(
      describeFanOutItem({
        ...contract,
        child: {
          summary: 'Check {{service.name}}',
          sections: [{ kind: 'why' }, { kind: 'text', text: 'x' }],
        },
      }),
    ).toBe(
      'A sub-task “Check <child’s summary>” under each child; its description: why it matters, a note.',
    );
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
