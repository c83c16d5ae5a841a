/**
 * The sentences the actions answer with: what Automation writes to a rule's audit log and what
 * Rovo relays. One sentence that stands alone, right in the singular and the plural.
 */
import {
  count,
  describeRun,
  plural,
  describeSubtaskPreview,
} from '../../../src/actions/describe-answer';
import type { EpicPreview } from '../../../src/contract';
import type { RunView } from '../../../src/run/run';

const issue = { key: 'PAY-12', summary: 'Payments', url: 'https://site/browse/PAY-12' };
const what = { noun: 'sub-task', nouns: 'sub-tasks', module: '"Generate template sub-tasks"' };

function aRun(overrides: Partial<RunView>): RunView {
  return {
    runId: 'run-1',
    planId: 'epic-1',
    projectId: '10000',
    templateVersion: 1,
    accountId: 'acc',
    mode: 'inline',
    status: 'succeeded',
    createdAt: 0,
    updatedAt: 0,
    counts: { total: 0, pending: 0, created: 0, existed: 0, failed: 0, blocked: 0, deleted: 0 },
    links: { total: 0, pending: 0, created: 0, existed: 0, failed: 0, blocked: 0 },
    timings: {},
    requests: {},
    attempts: 1,
    items: [],
    linkOutcomes: [],
    actions: [],
    underWay: false,
    ...overrides,
  };
}

const counts = (c: Partial<RunView['counts']>): RunView['counts'] => ({
  total: 0,
  pending: 0,
  created: 0,
  existed: 0,
  failed: 0,
  blocked: 0,
  deleted: 0,
  ...c,
});

describe('the words of an action’s answer', () => {
  it('counts as people write numbers, and forms plurals of issue type names', () => {
    expect(count(1, 'sub-task')).toBe('1 sub-task');
    expect(count(3000, 'sub-task')).toBe('3,000 sub-tasks');
    expect(count(2, 'child', 'children')).toBe('2 children');
    expect(['Story', 'Task', 'Epic', 'Sub-task', 'Day'].map(plural)).toEqual([
      'Stories',
      'Tasks',
      'Epics',
      'Sub-tasks',
      'Days',
    ]);
  });

  it('says what a run created, what it kept, and where to see it', () => {
    const answer = describeRun(
      aRun({ counts: counts({ total: 4, created: 3, existed: 1 }) }),
      issue,
      what,
    );
    expect(answer.message).toBe(
      'Created 3 sub-tasks for PAY-12; 1 sub-task existed already and was kept. ' +
        'See them in "Generate template sub-tasks" on PAY-12 (https://site/browse/PAY-12).',
    );
    expect(answer.run).toEqual({
      runId: 'run-1',
      status: 'succeeded',
      mode: 'inline',
      created: 3,
      existed: 1,
      failed: 0,
      blocked: 0,
      total: 4,
    });
  });

  it('says a queued run goes on in the background and where to follow it', () => {
    const answer = describeRun(
      aRun({ status: 'queued', mode: 'queued', counts: counts({ total: 3000, pending: 3000 }) }),
      issue,
      what,
    );
    expect(answer.message).toBe(
      'Creating 3,000 sub-tasks for PAY-12 runs in the background. ' +
        'Follow its progress in "Generate template sub-tasks" on PAY-12 (https://site/browse/PAY-12).',
    );
  });

  it('says when there was nothing to do, and when some could not be created', () => {
    expect(describeRun(aRun({}), issue, what).message).toBe('Nothing to create for PAY-12.');
    expect(
      describeRun(aRun({ counts: counts({ total: 2, existed: 2 }) }), issue, what).message,
    ).toBe('Nothing new to create for PAY-12: all 2 sub-tasks exist already.');
    const partial = describeRun(
      aRun({ status: 'partial', counts: counts({ total: 5, created: 3, failed: 1, blocked: 1 }) }),
      { ...issue, url: null },
      what,
    );
    expect(partial.message).toBe(
      'Created 3 of 5 sub-tasks for PAY-12; 2 issues could not be created. ' +
        'Open "Generate template sub-tasks" on PAY-12 to see why and resume.',
    );
  });

  it('previews a fan-out in one sentence, with each child’s sub-tasks', () => {
    const preview: EpicPreview = {
      epic: { key: 'PAY-12', summary: 'Payments' },
      planId: 'epic-1',
      template: { id: 'backend-service-breakdown', name: 'Backend service breakdown', version: 1 },
      items: [
        {
          key: 'contract',
          name: 'Contract',
          description: 'Agree on the story’s inputs and outputs.',
        },
        { key: 'errors', name: 'Error handling', description: 'Each failure and its HTTP status.' },
        { key: 'validation', name: 'Validation', description: 'Check the success criteria.' },
      ],
      unavailable: [],
      readOnlyReason: null,
      chosenItemKeys: ['contract', 'errors'],
      facets: { issueTypes: [], statuses: [], labels: [] },
      rows: [
        {
          child: {
            id: '1',
            key: 'PAY-13',
            summary: 'Ledger',
            status: 'To Do',
            assignee: null,
            labels: [],
            issueType: 'Story',
          },
          cells: [
            { itemKey: 'contract', state: 'create', localId: 'a', summary: 'Contract: Ledger' },
            { itemKey: 'errors', state: 'exists', localId: 'b', summary: 'Errors', key: 'PAY-20' },
          ],
        },
      ],
      totals: { children: 2, filteredOut: 1, create: 1, exists: 1, adopt: 0, cannot: 0 },
      requests: {
        bulkCreates: 1,
        linkPosts: 0,
        foldedLinks: 0,
        linksOnCreateScreen: true,
        oneByOne: 1,
      },
    };
    const answer = describeSubtaskPreview(preview, issue);
    expect(answer.message).toBe(
      'Generating "Backend service breakdown" on PAY-12 would create 1 sub-task under 1 child ' +
        '(Contract and Error handling for each); 1 sub-task exists already and is kept; ' +
        '1 child is left out by the filters. Nothing has been created: ask to generate them to go ahead.',
    );
    expect(answer.children).toEqual([
      {
        key: 'PAY-13',
        summary: 'Ledger',
        create: ['Contract: Ledger'],
        existing: ['PAY-20 Errors'],
      },
    ]);
  });
});
