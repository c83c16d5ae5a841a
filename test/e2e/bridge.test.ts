import type { Frame } from 'playwright-core';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(30_000);

const host = useHostPage();

/** Opens SHOP-2 as `user` and returns the panel's frame once the app has rendered in it. */
async function panelFrame(user: 'admin' | 'member' | 'viewer' = 'member'): Promise<Frame> {
  await host.visit('/browse/SHOP-2', user);
  const element = await host.page.waitForSelector('iframe[data-module="jira:issuePanel"]');
  const frame = await element.contentFrame();
  if (!frame) throw new Error('The panel iframe has no frame.');
  await frame.getByTestId('context-summary').waitFor();
  return frame;
}

/** Calls the Forge bridge from inside the app's frame, exactly as @forge/bridge does. */
function callBridge(frame: Frame, name: string, payload?: unknown): Promise<unknown> {
  return frame.evaluate(
    ([n, p]) =>
      (
        window as unknown as { __bridge: { callBridge(n: string, p?: unknown): Promise<unknown> } }
      ).__bridge.callBridge(n, p),
    [name, payload] as const,
  );
}

describe('the Forge bridge the host page gives each frame', () => {
  it('getContext: the extension issue and project with ids, keys and types, the account, locale and theme', async () => {
    const frame = await panelFrame('member');
    expect(await callBridge(frame, 'getContext')).toMatchObject({
      accountId: '5b10a2844c20165700ede21b',
      locale: 'en-US',
      theme: { colorMode: 'light' },
      moduleKey: 'backend-breakdown-panel',
      extension: {
        type: 'jira:issuePanel',
        issue: { id: '10101', key: 'SHOP-2', type: 'Story', typeId: '10001' },
        project: { id: '10000', key: 'SHOP' },
      },
    });
  });

  it('requestJira: reaches Jira as the signed-in user', async () => {
    const frame = await panelFrame('viewer');
    const answer = (await callBridge(frame, 'fetchProduct', {
      product: 'jira',
      restPath: '/rest/api/3/mypermissions?projectKey=SHOP&permissions=CREATE_ISSUES',
      fetchRequestInit: { method: 'GET', headers: [], body: null },
    })) as { status: number; body: string };
    expect(answer.status).toBe(200);
    const permissions = JSON.parse(answer.body) as {
      permissions: Record<string, { havePermission: boolean }>;
    };
    expect(permissions.permissions.CREATE_ISSUES?.havePermission).toBe(false);
  });

  it('showFlag: shows a Jira flag on the host page', async () => {
    const frame = await panelFrame();
    await callBridge(frame, 'showFlag', {
      id: 'created',
      title: 'Created 14 issues',
      description: 'SHOP-4 and its children',
      type: 'success',
    });
    await host.page.getByRole('status').filter({ hasText: 'Created 14 issues' }).waitFor();
  });

  it('router navigate: moves the host to another issue', async () => {
    const frame = await panelFrame();
    await callBridge(frame, 'navigate', { url: '/browse/SHOP-1', type: 'same-tab' });
    await host.page.waitForURL(/#\/browse\/SHOP-1$/);
    await host.page.getByRole('heading', { name: 'Checkout revamp' }).waitFor();
  });

  it('resize: the host sizes the frame to the height of its content', async () => {
    const frame = await panelFrame();
    // The panel's steps load lazily, so its content may still grow: compare until both agree,
    // and fail only if the host never applies what the frame reports.
    const applied = async () => {
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
      const height = await host.page.evaluate(
        () =>
          document.querySelector<HTMLIFrameElement>('iframe[data-module="jira:issuePanel"]')?.style
            .height,
      );
      return height === `${String(Math.max(content, 80))}px`;
    };
    let agreed = await applied();
    for (let tries = 0; !agreed && tries < 100; tries++) {
      await host.page.waitForTimeout(100);
      agreed = await applied();
    }
    expect(agreed).toBe(true);
  });

  it('answers a call the local host does not support with a clear error, not silence', async () => {
    const frame = await panelFrame();
    await expect(callBridge(frame, 'openRovo', {})).rejects.toThrow(
      /local host does not support "openRovo"/,
    );
  });
});
