import { startDevStack, type DevStack } from '../../../dev/stack';
import { assertSpecConformingTraffic } from '../../support/spec-conformance';

let stack: DevStack;

beforeAll(async () => {
  stack = await startDevStack();
});

afterAll(async () => {
  await stack.stop();
  if (stack.emulator) assertSpecConformingTraffic(stack.emulator);
});

async function invoke(
  body: Record<string, unknown>,
): Promise<{ status: number; json: Record<string, any> }> {
  const response = await fetch(`${stack.hostUrl}/__dev/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}

describe('POST /__dev/invoke', () => {
  it('runs the real resolver with the Forge context of the module, user and issue', async () => {
    const { status, json } = await invoke({
      module: 'jira:issuePanel',
      user: 'member',
      issueKey: 'SHOP-2',
      functionKey: 'context/get',
      payload: {},
    });
    expect(status).toBe(200);
    expect(json).toEqual({
      ok: true,
      data: {
        module: 'jira:issuePanel',
        accountId: '5b10a2844c20165700ede21b',
        project: {
          id: '10000',
          key: 'SHOP',
          name: expect.any(String),
          style: 'classic',
          // The project's type names, the same for every user (issue 20).
          issueTypes: expect.arrayContaining([{ id: '10001', name: 'Story' }]),
        },
        issue: {
          id: '10101',
          key: 'SHOP-2',
          summary: 'Create backend support for the new checkout',
          issueType: { id: '10001', name: 'Story', hierarchyLevel: 0 },
        },
        canAdminister: false,
        canEditDraft: true,
        draftSavedAt: null,
      },
    });
  });

  it('reads permissions as the signed-in user: the admin may administer the project', async () => {
    const { json } = await invoke({
      module: 'jira:projectSettingsPage',
      user: 'admin',
      projectKey: 'TEAM',
      functionKey: 'context/get',
    });
    expect(json.ok).toBe(true);
    expect(json.data.canAdminister).toBe(true);
    expect(json.data.project).toMatchObject({ key: 'TEAM', style: 'next-gen' });
    expect(json.data.issue).toBeNull();
  });

  it('tells the panel that the viewer may read the draft but not change it', async () => {
    const { json } = await invoke({
      module: 'jira:issuePanel',
      user: 'viewer',
      issueKey: 'SHOP-2',
      functionKey: 'context/get',
    });
    expect(json.ok).toBe(true);
    expect(json.data.canEditDraft).toBe(false);
  });

  it('answers a payload the contract rejects with INVALID_INPUT and a readable message', async () => {
    const { status, json } = await invoke({
      module: 'jira:issuePanel',
      issueKey: 'SHOP-2',
      functionKey: 'context/get',
      payload: { projectId: '10001' },
    });
    expect(status).toBe(200);
    expect(json.ok).toBe(false);
    expect(json.error.code).toBe('INVALID_INPUT');
    expect(json.error.message).toMatch(/projectId/);
  });

  it('refuses an issue the user cannot see, as Jira does', async () => {
    const { status, json } = await invoke({
      module: 'jira:issuePanel',
      issueKey: 'SHOP-999',
      functionKey: 'context/get',
    });
    expect(status).toBe(404);
    expect(json.error.message).toMatch(/SHOP-999/);
  });

  it('explains a malformed request instead of guessing', async () => {
    const { status, json } = await invoke({
      module: 'jira:issuePanel',
      functionKey: 'context/get',
    });
    expect(status).toBe(400);
    expect(json.error.message).toMatch(/issueKey/);
  });
});
