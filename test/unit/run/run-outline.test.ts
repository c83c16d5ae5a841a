import {
  existingParentKeys,
  lacksTypeNames,
  runOutline,
} from '../../../src/run/decide/run-outline';
import { aPlan } from '../../support/plan-builders';

describe('runOutline', () => {
  const plan = aPlan({ services: 2, itemsPerService: 1, planId: 'issue-10101' });

  it('keeps each item’s summary and place in the plan the run executed', () => {
    const outline = runOutline(plan, new Map(), new Map());
    expect(outline.items.map((i) => [i.summary, i.parent])).toEqual(
      plan.items.map((i) => [i.fields.summary, i.parent]),
    );
  });

  it('names the issue type as Jira does for the issues the run made', () => {
    const outline = runOutline(
      plan,
      new Map([['epic', 'SHOP-10']]),
      new Map([['SHOP-10', { summary: 'x', issueTypeId: '10000', issueType: 'Épica' }]]),
    );
    expect(outline.items[0]?.issueType).toBe('Épica');
  });

  it('takes a type’s name from another issue of that type, else the role’s name', () => {
    const story = plan.items.find((i) => i.role === 'standard')!;
    const outline = runOutline(
      plan,
      new Map([[story.localId, 'SHOP-11']]),
      new Map([
        ['SHOP-11', { summary: 'x', issueTypeId: story.issueTypeId, issueType: 'Historia' }],
      ]),
    );
    const standard = outline.items.filter((_, n) => plan.items[n]?.role === 'standard');
    expect(standard.map((i) => i.issueType)).toEqual(['Historia', 'Historia']);
    expect(outline.items.find((i) => i.localId === 'epic')?.issueType).toBe('Epic');
    expect(outline.items.at(-1)?.issueType).toBe('Sub-task');
  });

  it('names the types of issues Jira refused after the project’s issue types', () => {
    const facts = new Map<string, { summary: string; issueTypeId: string; issueType: string }>();
    expect(lacksTypeNames(plan, facts)).toBe(true);
    const types = new Map(plan.items.map((i) => [i.issueTypeId, `Type ${i.issueTypeId}`]));
    const outline = runOutline(plan, new Map(), facts, types);
    expect(outline.items.map((i) => i.issueType)).toEqual(
      plan.items.map((i) => `Type ${i.issueTypeId}`),
    );
  });

  it('describes the existing issues the plan hangs items under, once each', () => {
    const fanOut = {
      ...plan,
      items: plan.items
        .filter((i) => i.role === 'subtask')
        .flatMap((i) => [
          { ...i, parent: { kind: 'existing' as const, key: 'SHOP-2' } },
          { ...i, localId: `${i.localId}-b`, parent: { kind: 'existing' as const, key: 'SHOP-3' } },
        ]),
    };
    expect(existingParentKeys(fanOut)).toEqual(['SHOP-2', 'SHOP-3']);
    const outline = runOutline(
      fanOut,
      new Map(),
      new Map([['SHOP-2', { summary: 'Orders API', issueTypeId: '10001', issueType: 'Story' }]]),
    );
    expect(outline.parents).toEqual([
      { key: 'SHOP-2', summary: 'Orders API', issueType: 'Story' },
      { key: 'SHOP-3', summary: null, issueType: null },
    ]);
  });
});
