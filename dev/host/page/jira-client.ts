import { devFetch } from './dev-fetch';
import { session } from './session';

/** Jira REST as the signed-in user, through the host's proxy. */
export async function jira(path: string, init: RequestInit = {}): Promise<Response> {
  return devFetch(`/__dev/jira${path}`, { ...init, headers: { 'x-dev-user': session.user } });
}

export async function jiraJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await jira(path, init);
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { errorMessages?: string[] };
    throw new Error(body.errorMessages?.join(' ') || `Jira answered ${response.status}.`);
  }
  return (await response.json()) as T;
}
