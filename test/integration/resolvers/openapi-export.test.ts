import { validate } from '@readme/openapi-parser';
import { parse } from 'yaml';
import { startDevStack, type DevStack } from '../../../dev/stack';
import { devInvoke } from '../../support/dev-invoke';
import { aDraft } from '../../support/draft-builders';

let stack: DevStack;

beforeAll(async () => {
  stack = await startDevStack();
});

afterAll(async () => {
  await stack.stop();
});

async function call(
  functionKey: string,
  payload: unknown,
  user: 'admin' | 'member' | 'viewer' = 'member',
) {
  const { status, answer } = await devInvoke(stack.hostUrl, {
    issueKey: 'SHOP-2',
    user,
    functionKey,
    payload,
  });
  expect(status).toBe(200);
  return answer;
}

describe('scoping/export-openapi', () => {
  it('renders the saved draft as an OpenAPI 3.1 skeleton, in YAML and JSON, for anyone who sees the issue', async () => {
    const saved = await call('draft/save', { draft: aDraft(), baseVersion: 0 }, 'admin');
    expect(saved.ok).toBe(true);
    const yaml = await call('scoping/export-openapi', { format: 'yaml' }, 'viewer');
    const json = await call('scoping/export-openapi', { format: 'json' }, 'viewer');
    expect(yaml.data).toMatchObject({ mediaType: 'application/yaml' });
    expect(yaml.data.fileName).toMatch(/-openapi\.yaml$/);
    expect(json.data.fileName).toMatch(/-openapi\.json$/);
    expect(parse(yaml.data.content)).toEqual(JSON.parse(json.data.content));
    const result = await validate(JSON.parse(json.data.content));
    expect(result.valid).toBe(true);
    expect(Object.keys(JSON.parse(json.data.content).paths)).toEqual([
      '/orders',
      '/orders/{id}',
      '/payments',
    ]);
  });

  it('refuses a format it does not render', async () => {
    const answer = await call('scoping/export-openapi', { format: 'xml' });
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('INVALID_INPUT');
  });
});
