import type { Draft } from '../../src/domain';
import type { SeedUser } from './host-page-harness';

export interface DevInvokeRequest {
  functionKey: string;
  payload?: unknown;
  user?: SeedUser;
  /** For the issue modules (default the issue panel). */
  issueKey?: string;
  /** For the project settings page. */
  projectKey?: string;
  module?:
    | 'jira:issuePanel'
    | 'jira:issueAction'
    | 'jira:projectSettingsPage'
    | 'jira:adminPage'
    | 'action';
  /** For `action` (an Automation action's configuration form): which action. */
  actionKey?: string;
}

/**
 * The per-start secret the host writes into its page, read as the page itself would. Against a
 * real site every `/__dev/*` request must carry it in `x-dev-secret`.
 */
export async function hostSecret(hostUrl: string): Promise<string> {
  const page = await (await fetch(`${hostUrl}/`)).text();
  const secret = /<meta name="bb-dev-secret" content="([0-9a-f]+)"/.exec(page)?.[1];
  if (!secret) throw new Error('The host page holds no secret.');
  return secret;
}

/**
 * Calls a resolver through the host's `POST /__dev/invoke`, as a module opened by `user` on
 * `issueKey` (or `projectKey`) would, and answers the HTTP status and the resolver's envelope.
 */
export async function devInvoke(
  hostUrl: string,
  request: DevInvokeRequest,
): Promise<{ status: number; answer: Record<string, any> }> {
  const response = await fetch(`${hostUrl}/__dev/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-secret': await hostSecret(hostUrl) },
    body: JSON.stringify({
      module: request.module ?? 'jira:issuePanel',
      user: request.user ?? 'member',
      issueKey: request.issueKey,
      projectKey: request.projectKey,
      actionKey: request.actionKey,
      functionKey: request.functionKey,
      payload: request.payload ?? {},
    }),
  });
  return { status: response.status, answer: (await response.json()) as Record<string, any> };
}

/** Like `devInvoke`, for a call that must succeed: answers the resolver's data. */
export async function devInvokeData<T>(hostUrl: string, request: DevInvokeRequest): Promise<T> {
  const { answer } = await devInvoke(hostUrl, request);
  if (answer.ok !== true) {
    throw new Error(`${request.functionKey} failed: ${JSON.stringify(answer.error)}`);
  }
  return answer.data as T;
}

/** Stores `draft` as the issue's breakdown, over whatever is stored there now, as the member. */
export async function saveDraftOver(
  hostUrl: string,
  issueKey: string,
  draft: Draft,
): Promise<void> {
  const { version } = await devInvokeData<{ version: number }>(hostUrl, {
    issueKey,
    functionKey: 'draft/get',
  });
  await devInvokeData(hostUrl, {
    issueKey,
    functionKey: 'draft/save',
    payload: { draft, baseVersion: version },
  });
}
