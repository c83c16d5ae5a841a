import { devFetch } from './dev-fetch';

/** What an action answered: its value, or the errors Automation would write to the audit log. */
export interface ActionAnswer {
  message?: string;
  errors?: { message: string }[];
  repeated?: boolean;
  run?: { runId: string; status: string; mode: string; created: number; total: number };
  issue?: { key: string; url: string | null };
  [field: string]: unknown;
}

/** Calls an action's function through the host, as Automation or Rovo would. */
export async function callAction(request: {
  actionKey: string;
  user: string;
  issueKey?: string;
  payload: Record<string, unknown>;
}): Promise<ActionAnswer> {
  const response = await devFetch('/__dev/action', {
    method: 'POST',
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as ActionAnswer & { error?: { message: string } };
  if (!response.ok) throw new Error(body.error?.message ?? `The host answered ${response.status}.`);
  return body;
}
