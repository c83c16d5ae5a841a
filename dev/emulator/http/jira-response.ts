/** What a handler answers: plain data the pipeline validates, logs, then sends (or drops). */
export interface JiraResponse {
  status: number;
  /** JSON body; `undefined` sends no body. A string is sent as text/plain. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** Jira's error shape (`ErrorCollection`). */
export interface ErrorCollection {
  errorMessages: string[];
  errors: Record<string, string>;
}

export const json = (status: number, body: unknown): JiraResponse => ({ status, body });

export const empty = (status: number): JiraResponse => ({ status });

export function jiraError(
  status: number,
  errorMessages: string[],
  errors: Record<string, string> = {},
): JiraResponse {
  const body: ErrorCollection = { errorMessages, errors };
  return { status, body };
}
