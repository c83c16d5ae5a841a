import type { ItemOutcome } from '../../../src/run/run';
import type { RunOutline } from '../../../src/run/decide/run-outline';
import { outcomeTree, treeDepth } from '../../../static/panel/run/outcome-tree';

const outline: RunOutline = {
  items: [
    {
      localId: 'service:orders',
      summary: 'Orders',
      issueType: 'Story',
      parent: { kind: 'existing', key: 'SHOP-1' },
    },
    {
      localId: 'service:orders/errors',
      summary: 'Errors of Orders',
      issueType: 'Sub-task',
      parent: { kind: 'item', localId: 'service:orders' },
    },
    {
      localId: 'service:payments',
      summary: 'Payments',
      issueType: 'Story',
      parent: { kind: 'existing', key: 'SHOP-1' },
    },
    {
      localId: 'service:payments/errors',
      summary: 'Errors of Payments',
      issueType: 'Sub-task',
      parent: { kind: 'item', localId: 'service:payments' },
    },
  ],
  parents: [{ key: 'SHOP-1', summary: 'Checkout revamp', issueType: 'Epic' }],
};

const outcomes: ItemOutcome[] = [
  { localId: 'service:orders', outcome: 'created', key: 'SHOP-10', id: '10' },
  { localId: 'service:orders/errors', outcome: 'existed', key: 'SHOP-11', id: '11' },
  { localId: 'service:payments', outcome: 'failed', reason: 'Summary is required.' },
  {
    localId: 'service:payments/errors',
    outcome: 'blocked',
    blockedBy: 'service:payments',
    reason: 'Not attempted: its parent "service:payments" does not exist because it failed',
  },
];

describe('outcomeTree', () => {
  it('nests the outcomes under the existing issue and the items they hang from, in plan order', () => {
    const tree = outcomeTree(outcomes, outline);
    expect(tree.map((n) => [n.issueKey, n.summary, n.outcome])).toEqual([
      ['SHOP-1', 'Checkout revamp', null],
    ]);
    expect(tree[0]?.children.map((n) => n.summary)).toEqual(['Orders', 'Payments']);
    expect(tree[0]?.children[0]?.children.map((n) => n.issueKey)).toEqual(['SHOP-11']);
    expect(treeDepth(tree)).toBe(3);
  });

  it('says why an issue was not created in words, naming the issue above by its summary', () => {
    const payments = outcomeTree(outcomes, outline)[0]?.children[1];
    expect(payments?.problem).toBe('Jira did not create it: Summary is required.');
    expect(payments?.children[0]?.problem).toBe(
      'Not created, because “Payments” above it was not created.',
    );
  });

  it('without an outline lists the outcomes flat, with keys but no ids as text', () => {
    const tree = outcomeTree(outcomes, null);
    expect(tree.map((n) => [n.issueKey, n.summary, n.children.length])).toEqual([
      ['SHOP-10', '', 0],
      ['SHOP-11', '', 0],
      [null, '', 0],
      [null, '', 0],
    ]);
    expect(tree.map((n) => n.problem).join(' ')).not.toContain('service:');
  });
});
