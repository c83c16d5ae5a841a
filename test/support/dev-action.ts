import { hostSecret } from './dev-invoke';
import type { SeedUser } from './host-page-harness';

export interface DevActionRequest {
  actionKey: string;
  user?: SeedUser;
  /** The issue a Rovo chat is open on: the host adds Rovo's `context` to the payload. */
  issueKey?: string;
  payload?: Record<string, unknown>;
  context?: Record<string, unknown>;
}

/** Calls an action's function through the host's `POST /__dev/action`, as Automation or Rovo would. */
export async function devAction(
  hostUrl: string,
  request: DevActionRequest,
): Promise<{ status: number; answer: Record<string, any> }> {
  const response = await fetch(`${hostUrl}/__dev/action`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-secret': await hostSecret(hostUrl) },
    body: JSON.stringify({ user: 'member', payload: {}, ...request }),
  });
  return { status: response.status, answer: (await response.json()) as Record<string, any> };
}
