/**
 * The host page's Automation stand-in as an admin uses it: set up "when a Story is created in
 * SHOP, generate template sub-tasks on its epic", watch it fire on an issue created in Jira,
 * deliver the same execution again, and see that nothing is created twice. The Rovo view calls
 * the agent's preview from the issue a chat is open on.
 */
import { SEED_USERS } from '../../dev/emulator/seed';
import { seriousAxeViolations } from '../support/axe';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(90_000);

const host = useHostPage({ stack: { queueMsPerSecond: 50 }, pageTimeoutMs: 20_000 });
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

const subtasksUnder = (parent: string) =>
  (host.stack.emulator?.issues('SHOP') ?? []).filter(
    (i) => i.issueType.subtask && i.parentKey === parent,
  );

describe('the Automation view', () => {
  it('fires a rule on a created issue, and a delivered-again execution creates nothing twice', async () => {
    const epic = await createIssue({ issuetype: { id: '10000' }, summary: 'Payments platform' });
    await createIssue({ issuetype: { id: '10001' }, summary: 'Ledger', parent: { key: epic.key } });
    await host.page.setViewportSize({ width: 1280, height: 1000 });
    await host.visit('/automation', 'admin');
    const page = host.page;
    await page.getByRole('heading', { name: 'Automation', level: 1 }).waitFor();
    await page.getByLabel('Rule name').fill('Sub-tasks when a story joins an epic');
    await page.getByLabel('Issue type', { exact: true }).selectOption('Story');
    await page.getByLabel('Action', { exact: true }).selectOption('generate-template-subtasks');
    await page.getByLabel('Run as (the rule’s actor)').selectOption('member');
    // The app's own action form, in a frame, as Automation shows it.
    const form = page.frameLocator('iframe[title="Action configuration"]');
    await form.getByLabel('Epic', { exact: true }).fill('{{issue.parent.key}}');
    await form.locator('#config-template').click();
    await form.getByText('Backend service breakdown', { exact: true }).click();
    await form.getByLabel('Validation').uncheck();
    const formFrame = () =>
      page.frames().find((f) => f.url().includes('/resources/automation-config/'));
    expect(await seriousAxeViolations(formFrame()!)).toEqual([]);
    await page.getByRole('button', { name: 'Turn on rule' }).click();
    await page.getByRole('list', { name: 'Rules' }).getByText('Enabled').waitFor();

    const story = await createIssue({
      issuetype: { id: '10001' },
      summary: 'Payments API',
      parent: { key: epic.key },
    });
    const audit = page.locator('#automation-audit');
    const first = audit.locator('tbody tr').first();
    await first.getByText('Success', { exact: true }).waitFor();
    await expect(first.locator('td.summary').textContent()).resolves.toMatch(
      new RegExp(`^Created \\d+ sub-tasks for ${epic.key}`),
    );
    await expect(first.getByRole('link', { name: story.key }).count()).resolves.toBe(1);
    const made = subtasksUnder(story.key).length;
    // The two sub-tasks left ticked in the form, not the template's three.
    expect(subtasksUnder(story.key)).toHaveLength(2);

    await first.getByRole('button', { name: 'Deliver again' }).click();
    await audit.locator('tbody tr').first().getByText('Success (retry)').waitFor();
    expect(subtasksUnder(story.key).length).toBe(made);

    // A rule acting as a viewer: the audit log says why, and nothing is created.
    await page.getByLabel('Rule name').fill('Viewer’s rule');
    await page.getByLabel('Issue type', { exact: true }).selectOption('Story');
    await page.getByLabel('Run as (the rule’s actor)').selectOption('viewer');
    await page
      .frameLocator('iframe[title="Action configuration"]')
      .getByLabel('Epic', { exact: true })
      .fill('{{issue.parent.key}}');
    await page.getByRole('button', { name: 'Turn on rule' }).click();
    await page.getByRole('list', { name: 'Rules' }).getByText('Viewer’s rule').waitFor();
    await createIssue({
      issuetype: { id: '10001' },
      summary: 'Fraud checks',
      parent: { key: epic.key },
    });
    await audit.locator('tbody tr', { hasText: 'Viewer’s rule' }).getByText('Error').waitFor();
    await expect(
      audit.locator('tbody tr', { hasText: 'Viewer’s rule' }).locator('td.summary').textContent(),
    ).resolves.toMatch(/permission to create issues/);
    if (SHOTS) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${SHOTS}/automation-view.png` });
    }
  });

  it('shows the action form readable in the dark theme', async () => {
    await host.visit('/automation', 'admin');
    await host.page.locator('#theme-switcher').selectOption('dark');
    const form = host.page.frameLocator('iframe[title="Action configuration"]');
    await form.getByLabel('Epic', { exact: true }).waitFor();
    await form.locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
    const frame = host.page.frames().find((f) => f.url().includes('/resources/automation-config/'));
    expect(await seriousAxeViolations(frame!)).toEqual([]);
    if (SHOTS)
      await host.page.screenshot({ path: `${SHOTS}/automation-form-dark.png`, fullPage: true });
    await host.page.locator('#theme-switcher').selectOption('light');
  });

  it('calls the agent’s preview from the issue a chat is open on', async () => {
    await host.visit('/rovo', 'member');
    const page = host.page;
    await page.getByLabel('Action', { exact: true }).selectOption('preview-breakdown');
    await page.getByLabel('Chat open on issue (optional)').fill('SHOP-1');
    await page.getByRole('button', { name: 'Call action' }).click();
    await expect(page.locator('.agent-says').textContent()).resolves.toMatch(
      /^Generating ".+" on SHOP-1 would create \d+ sub-tasks? under 1 child/,
    );
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/rovo-view.png`, fullPage: true });
  });
});
