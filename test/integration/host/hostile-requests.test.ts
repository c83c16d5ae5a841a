import { connect } from 'node:net';
import { startDevStack, type DevStack } from '../../../dev/stack';
import { rawRequest } from '../../support/raw-http';
import { assertSpecConformingTraffic } from '../../support/spec-conformance';

// A busy machine is slow to start the local stand-in: a generous limit, so no outcome hangs on speed.
jest.setTimeout(60_000);

/** The dev host against the emulator: scripts may call it, other sites may not, bodies are bounded. */
let local: DevStack;

beforeAll(async () => {
  local = await startDevStack();
});

afterAll(async () => {
  await local?.stop();
  if (local?.emulator) assertSpecConformingTraffic(local.emulator);
});

const hostOf = (url: string): string => new URL(url).host;

const APPLY = JSON.stringify({
  module: 'jira:issuePanel',
  issueKey: 'SHOP-2',
  functionKey: 'plan/apply',
  payload: { templateId: 'backend-service-breakdown' },
});

describe('the dev host against the emulator', () => {
  it('takes scripted requests (curl: no Origin, no secret) with a JSON body', async () => {
    const answer = await rawRequest(`${local.hostUrl}/__dev/invoke`, {
      method: 'POST',
      headers: { host: hostOf(local.hostUrl), 'content-type': 'application/json' },
      body: JSON.stringify({
        module: 'jira:issuePanel',
        issueKey: 'SHOP-2',
        functionKey: 'context/get',
      }),
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true });
  });

  it('still refuses other sites, other Hosts and other content types', async () => {
    const url = `${local.hostUrl}/__dev/invoke`;
    const base = { host: hostOf(local.hostUrl), 'content-type': 'application/json' };
    const statuses = await Promise.all(
      [
        { ...base, origin: 'https://evil.example' },
        { ...base, host: `rebind.example:${new URL(local.hostUrl).port}` },
        { ...base, 'content-type': 'application/x-www-form-urlencoded' },
      ].map(
        async (headers) => (await rawRequest(url, { method: 'POST', headers, body: APPLY })).status,
      ),
    );
    expect(statuses).toEqual([403, 421, 415]);
  });
});

describe('hostile bodies', () => {
  it('answers a 10 MB body with 413, not a reset connection, and keeps answering', async () => {
    // fetch, as a script would send it: it sees a reset when the host answers mid-upload.
    const response = await fetch(`${local.hostUrl}/__dev/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.alloc(10 * 1024 * 1024, 0x20),
    });
    const answer = { status: response.status, body: await response.text() };
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({
      error: { message: 'The request body is larger than 1 MiB.' },
    });
    const after = await rawRequest(`${local.hostUrl}/__dev/config`, {
      headers: { host: hostOf(local.hostUrl) },
    });
    expect(after.status).toBe(200);
  });

  it('answers a payload nested 10,000 levels deep with a clear 400, not a stack overflow', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const answer = await rawRequest(`${local.hostUrl}/__dev/invoke`, {
      method: 'POST',
      headers: { host: hostOf(local.hostUrl), 'content-type': 'application/json' },
      body: `{"module":"jira:issuePanel","issueKey":"SHOP-2","functionKey":"draft/save","payload":${deep}}`,
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      error: { message: expect.stringMatching(/nests deeper than \d+ levels/) },
    });
  });

  it.each([
    [
      'an array of 100,000 items',
      JSON.stringify({ runId: Array.from({ length: 100_000 }, () => 0) }),
    ],
    ['a __proto__ key', '{"__proto__": {"runId": "x"}, "runId": "not-a-uuid"}'],
    ['nesting 200 levels deep', `{"runId":${'['.repeat(200)}${']'.repeat(200)}}`],
  ])(
    'answers a payload with %s with the INVALID_INPUT envelope, and keeps answering',
    async (_, payload) => {
      const answer = await rawRequest(`${local.hostUrl}/__dev/invoke`, {
        method: 'POST',
        headers: { host: hostOf(local.hostUrl), 'content-type': 'application/json' },
        body: `{"module":"jira:issuePanel","issueKey":"SHOP-2","functionKey":"run/get","payload":${payload}}`,
      });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
      const after = await rawRequest(`${local.hostUrl}/__dev/config`, {
        headers: { host: hostOf(local.hostUrl) },
      });
      expect(after.status).toBe(200);
    },
  );

  it('answers a request line no URL parser accepts with 400, and keeps answering', async () => {
    const { port } = new URL(local.hostUrl);
    const response = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.end(`GET http://[ HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
      });
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
      socket.on('end', () => resolve(received));
      socket.on('error', reject);
    });
    expect(response.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(response).toContain('The request line has no valid path.');
    const after = await rawRequest(`${local.hostUrl}/__dev/config`, {
      headers: { host: hostOf(local.hostUrl) },
    });
    expect(after.status).toBe(200);
  });
});
