import type { ServerResponse } from 'node:http';
import type { JiraResponse } from './jira-response';

/** Writes a response: JSON bodies as JSON, strings as plain text, `undefined` as no body. */
export function send(res: ServerResponse, response: JiraResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  let payload: string | undefined;
  if (typeof response.body === 'string') {
    headers['content-type'] = 'text/plain;charset=UTF-8';
    payload = response.body;
  } else if (response.body !== undefined) {
    headers['content-type'] = 'application/json;charset=UTF-8';
    payload = JSON.stringify(response.body);
  }
  res.writeHead(response.status, headers);
  res.end(payload);
}
