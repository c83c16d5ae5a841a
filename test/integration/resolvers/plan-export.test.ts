import { startDevStack, type DevStack } from '../../../dev/stack';
import { devInvoke } from '../../support/dev-invoke';
import { aDraft } from '../../support/draft-builders';

let stack: DevStack;

beforeAll(async () => {
  stack = await startDevStack();
});

afterAll(async () => {
  await stack.stop();
});

async function call(functionKey: string, payload: unknown, user: 'admin' | 'member' = 'member') {
  const { status, answer } = await devInvoke(stack.hostUrl, {
    issueKey: 'SHOP-2',
    user,
    functionKey,
    payload,
  });
  expect(status).toBe(200);
  return answer;
}

const options = { templateId: 'backend-service-breakdown' };

describe('plan/export', () => {
  it('says the breakdown is not ready before a draft is saved', async () => {
    const answer = await call('plan/export', { ...options, format: 'markdown' });
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('NOT_READY');
  });

  it('gives the exact previewed plan as Markdown, CSV and JSON, and writes nothing to Jira', async () => {
    expect((await call('draft/save', { draft: aDraft(), baseVersion: 0 }, 'admin')).ok).toBe(true);
    const writes = () =>
      stack
        .emulator!.requestLog()
        .filter((e) => e.method !== 'GET' && !e.path.includes('/search/jql')).length;
    const writesBefore = writes();
    const preview = await call('plan/preview', options);
    const markdown = await call('plan/export', { ...options, format: 'markdown' });
    const csv = await call('plan/export', { ...options, format: 'csv' });
    const json = await call('plan/export', { ...options, format: 'json' });
    expect(markdown.data.fileName).toMatch(/-plan\.md$/);
    expect(csv.data.mediaType).toBe('text/csv');
    // The preview leaves descriptions out (plan/item-description gives each); all else is equal.
    const exported = JSON.parse(json.data.content).plan;
    const withoutDescriptions = {
      ...exported,
      items: exported.items.map(
        ({ fields: { description: _d, ...fields }, ...item }: Record<string, any>) => ({
          ...item,
          fields,
        }),
      ),
    };
    expect(withoutDescriptions).toEqual(preview.data.plan);
    const first = exported.items[0];
    const described = await call('plan/item-description', { ...options, localId: first.localId });
    expect(described.data.description).toEqual(first.fields.description);
    for (const item of preview.data.plan.items) {
      expect(markdown.data.content).toContain(item.localId);
    }
    const items = preview.data.plan.items as unknown[];
    expect(csv.data.content.startsWith('Issue ID,Parent,Issue Type,Summary')).toBe(true);
    expect(items.length).toBeGreaterThan(5);
    expect(writes()).toBe(writesBefore);
  });

  it('leaves out what the draft excludes, as a run would', async () => {
    const stored = await call('draft/get', {});
    const draft = { ...aDraft(), excludedItems: ['service:payments'] };
    const saved = await call('draft/save', { draft, baseVersion: stored.data.version }, 'admin');
    expect(saved.ok).toBe(true);

    const preview = await call('plan/preview', options);
    const json = await call('plan/export', { ...options, format: 'json' });

    const exported = (JSON.parse(json.data.content).plan.items as { localId: string }[]).map(
      (item) => item.localId,
    );
    expect(preview.data.excluded.length).toBeGreaterThan(1);
    expect(exported).toHaveLength(preview.data.plan.items.length - preview.data.excluded.length);
    expect(exported.filter((id) => preview.data.excluded.includes(id))).toEqual([]);
  });
});
