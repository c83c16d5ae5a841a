/** A stand-in for `requestJira` in unit tests: records each call and answers from a script. */
import type { APIResponse, RequestInit, Route } from '@forge/api';
import type { JiraTransport } from '../../../src/jira/jira-transport';

export interface RecordedCall {
  path: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

export function jsonResponse(
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): APIResponse {
  const text = body === undefined ? '' : JSON.stringify(body);
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: String(status),
    headers: {
      get: (name: string) => lower.get(name.toLowerCase()) ?? null,
      has: (name: string) => lower.has(name.toLowerCase()),
      append: () => undefined,
      delete: () => undefined,
      set: () => undefined,
      forEach: (fn: (value: string, key: string) => void) => lower.forEach((v, k) => fn(v, k)),
    },
    json: () => Promise.resolve(body),
    text: () => Promise.resolve(text),
    arrayBuffer: () => Promise.resolve(new TextEncoder().encode(text).buffer),
  };
}

export function fakeTransport(
  answer: (call: RecordedCall, n: number) => APIResponse | Promise<APIResponse>,
): JiraTransport & {
  calls: RecordedCall[];
} {
  const calls: RecordedCall[] = [];
  const transport = async (route: Route, init: RequestInit) => {
    const call: RecordedCall = {
      path: route.value,
      method: init.method ?? 'GET',
      headers: init.headers ?? {},
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    calls.push(call);
    return answer(call, calls.length);
  };
  return Object.assign(transport, { calls });
}
