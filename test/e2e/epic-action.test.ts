/**
 * The epic action as a person uses it: open "Generate template sub-tasks" on an epic, choose the
 * sub-tasks and children, read the preview, create, and see the results with links — in a
 * modal whose buttons stay in view.
 */
import { SEED_USERS } from '../../dev/emulator/seed';
import { devAction } from '../support/dev-action';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(60_000);

const host = useHostPage({ stack: { queueMsPerSecond: 50 }, pageTimeoutMs: 15_000 });
/** Where screenshots go when SCREENSHOTS_DIR is set (they stay out of the repository). */
const SHOTS = process.env.SCREENSHOTS_DIR;

async function createIssue(fields: Record<string, unknown>): Promise<{ id: string; key: string }> {
  const response = await fetch(`${host.stack.jiraUrl}/rest/api/3/issue`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-emulator-account-id': SEED_USERS.admin.accountId,
    },
    body: JSON.stringify({ fields: { project: { id: '10000' }, ...fields } }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; key: string };
}

const paragraph = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

async function anEpicWithChildren(): Promise<{ key: string; children: string[] }> {
  const epic = await createIssue({ issuetype: { id: '10000' }, summary: 'Payments platform' });
  const children: string[] = [];
  const services = [
    ['Payments API', 'Takes card payments for orders', ['api']],
    ['Refunds worker', 'Pays money back when an order is returned', []],
    ['Ledger', 'Keeps the books of every payment', ['api']],
    ['Fraud checks', 'Scores each payment before it is captured', []],
  ] as const;
  for (const [summary, description, labels] of services) {
    const child = await createIssue({
      issuetype: { id: '10001' },
      summary,
      description: paragraph(description),
      labels: [...labels],
      parent: { key: epic.key },
    });
    children.push(child.key);
  }
  return { key: epic.key, children };
}

describe('the epic action: generate template sub-tasks', () => {
  it('walks from opening the modal to the created sub-tasks, with their links', async () => {
    const epic = await anEpicWithChildren();
    await host.page.setViewportSize({ width: 1280, height: 900 });
    await host.visit(`/browse/${epic.key}`, 'member');
    await host.page.getByRole('button', { name: /Apps/ }).click();
    await host.page.getByRole('menuitem', { name: 'Generate template sub-tasks' }).click();
    const action = host.page.frameLocator('iframe[data-module="jira:issueAction"]');

    // The project's default template is chosen, with all of its sub-task items.
    await action.getByText('Backend service breakdown').waitFor();
    const matrix = action.getByRole('table');
    await matrix.getByRole('rowheader', { name: /Payments API/ }).waitFor();
    expect(await matrix.getByRole('row').count()).toBe(5);
    await action.getByRole('button', { name: 'Create 12 sub-tasks' }).waitFor();
    await action
      .getByText('12 sub-tasks, created in 1 step (Jira takes up to 50 at a time).')
      .waitFor();

    // Fewer sub-tasks, fewer children: Validation off, only children labelled "api".
    await action.getByRole('checkbox', { name: 'Validation' }).uncheck();
    await action.getByRole('button', { name: 'Create 8 sub-tasks' }).waitFor();
    await action.getByLabel('Label').click();
    await action.getByRole('option', { name: 'api' }).click();
    const create = action.getByRole('button', { name: 'Create 4 sub-tasks' });
    await create.waitFor();
    expect(await matrix.getByRole('row').count()).toBe(3);

    // The modal's buttons are in view, not below the fold of the frame.
    const box = await create.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    if (SHOTS) await host.page.screenshot({ path: `${SHOTS}/epic-action-preview-light.png` });

    await create.click();
    await action.getByTestId('run-progress').getByText('Done').waitFor({ timeout: 30_000 });
    const keys = await action
      .getByTestId('run-outcomes')
      // The created sub-tasks' keys, not those of the children they hang under.
      .locator('[data-testid^="outcome-child:"]')
      .getByRole('link', { name: /^SHOP-\d+$/ })
      .allTextContents();
    expect(keys).toHaveLength(4);
    const made = host.stack.emulator!.issues('SHOP').filter((i) => keys.includes(i.key));
    expect(made.map((i) => i.parentKey).sort()).toEqual(
      [epic.children[0], epic.children[0], epic.children[2], epic.children[2]].sort(),
    );
    // The preview now says they exist, and nothing is left to create.
    await action.getByRole('button', { name: 'Create 0 sub-tasks' }).waitFor();
    expect(await matrix.getByText('Exists').count()).toBe(4);
    // Each existing sub-task's key in the matrix is a real link to it, opening in a new tab.
    const existing = matrix.getByRole('link', { name: keys[0] });
    expect(await existing.getAttribute('href')).toMatch(new RegExp(`/browse/${keys[0]}$`));
    expect(await existing.getAttribute('target')).toBe('_blank');
    // Undo needs Delete issues, which the member lacks: the server offers only what they may do.
    expect(await action.getByRole('button', { name: 'Undo: delete created issues' }).count()).toBe(
      0,
    );
    if (SHOTS) {
      await host.page.screenshot({ path: `${SHOTS}/epic-action-results-light.png` });
      // The host page's switch sets the theme the way Jira passes it to Custom UI.
      await host.page.getByLabel('Theme', { exact: true }).selectOption('dark');
      await host.page.reload();
      await host.page.getByRole('button', { name: /Apps/ }).click();
      await host.page.getByRole('menuitem', { name: 'Generate template sub-tasks' }).click();
      await action.getByTestId('run-progress').getByText('Done').waitFor();
      await action.getByRole('table').waitFor();
      await host.page.screenshot({ path: `${SHOTS}/epic-action-results-dark.png` });
    }
  });

  it('undoes a fan-out for someone allowed to delete, from the same modal', async () => {
    const epic = await anEpicWithChildren();
    await host.page.setViewportSize({ width: 1280, height: 900 });
    await host.visit(`/browse/${epic.key}`, 'admin');
    await host.page.getByRole('button', { name: /Apps/ }).click();
    await host.page.getByRole('menuitem', { name: 'Generate template sub-tasks' }).click();
    // The action's own frame: the undo confirmation opens a second one of the same module.
    const action = host.page
      .locator('iframe[data-module="jira:issueAction"]')
      .first()
      .contentFrame();
    await action.getByRole('button', { name: 'Create 12 sub-tasks' }).click();
    await action.getByTestId('run-progress').getByText('Done').waitFor({ timeout: 30_000 });
    const under = () =>
      host.stack.emulator!.issues('SHOP').filter((i) => epic.children.includes(i.parentKey ?? ''));
    expect(under()).toHaveLength(12);

    await action.getByRole('button', { name: 'Undo: delete created issues' }).click();
    // The confirmation is a Custom UI modal the host draws over the action's own modal.
    const confirm = host.page.getByRole('dialog').last().frameLocator('iframe');
    await confirm.getByRole('button', { name: 'Delete issues' }).click();
    await action.getByTestId('run-progress').getByText('Undone').waitFor({ timeout: 30_000 });
    expect(under()).toHaveLength(0);
    await action.getByRole('button', { name: 'Create 12 sub-tasks' }).waitFor();
  });

  it('shows a run an Automation rule started like any other: who, when, which rule, and Undo', async () => {
    const epic = await anEpicWithChildren();
    const fired = await devAction(host.stack.hostUrl, {
      actionKey: 'generate-template-subtasks',
      user: 'admin',
      payload: {
        epicKey: epic.key,
        executionId: 'rule-7:run-1',
        ruleName: 'Sub-tasks for new epics',
      },
    });
    expect(fired.answer.errors).toBeUndefined();
    await host.page.setViewportSize({ width: 1280, height: 900 });
    await host.visit(`/browse/${epic.key}`, 'admin');
    await host.page.getByRole('button', { name: /Apps/ }).click();
    await host.page.getByRole('menuitem', { name: 'Generate template sub-tasks' }).click();
    const action = host.page.frameLocator('iframe[data-module="jira:issueAction"]');

    await action.getByTestId('run-progress').getByText('Done').waitFor({ timeout: 30_000 });
    await action
      .getByTestId('fan-out-ran')
      .getByText(/by Ada Admin through the Automation rule “Sub-tasks for new epics”\.$/)
      .waitFor();
    await action.getByRole('button', { name: 'Undo: delete created issues' }).waitFor();
    if (SHOTS) await host.page.screenshot({ path: `${SHOTS}/epic-action-rule-run.png` });
  });

  it('says so on an issue that is not an epic, and points to the panel', async () => {
    // The display condition hides the action there; a stale menu or a direct link can still open it.
    await host.visit('/browse/SHOP-1', 'member');
    await host.page.getByRole('button', { name: /Apps/ }).click();
    await host.page.getByRole('menuitem', { name: 'Generate template sub-tasks' }).waitFor();
    const answer = await fetch(`${host.stack.hostUrl}/__dev/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        module: 'jira:issueAction',
        user: 'member',
        issueKey: 'SHOP-2',
        functionKey: 'epic/preview',
        payload: { templateId: 'backend-service-breakdown' },
      }),
    });
    const body = (await answer.json()) as { ok: boolean; error?: { message: string } };
    expect(body.ok).toBe(false);
    expect(body.error?.message).toMatch(/SHOP-2 is not an epic.*Backend Breakdown panel/s);
  });
});
