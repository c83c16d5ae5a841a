import { RESOLVER_KEYS } from '../../../src/contract';
import * as handlers from '../../../src/index';
import { forgeContext } from '../../support/forge-contexts';
import { startLocalForge, type LocalForge } from '../../support/local-forge';
import {
  InvalidPayloadError,
  MAX_PAYLOAD_DEPTH,
  type InvocationContext,
} from '../../../dev/runtime/function-runtime';

// A busy machine is slow to start the local stand-in: a generous limit, so no outcome hangs on speed.
jest.setTimeout(60_000);

let forge: LocalForge;
let context: InvocationContext;

beforeAll(async () => {
  forge = await startLocalForge({ handlers, queueConsumers: { 'bb-runs': 'runConsumer' } });
  context = await forgeContext(forge, {
    module: 'jira:issuePanel',
    user: 'member',
    issueKey: 'SHOP-2',
  });
});
afterAll(() => forge.stop());

// Regression: @forge/resolver looks keys up with `in`, so `constructor` answered with the
// caller's whole invocation context and `__proto__`, `hasOwnProperty`… crashed with a 500.
const NOT_DECLARED = [
  'constructor',
  '__proto__',
  'hasOwnProperty',
  'toString',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
  '',
  'draft/GET',
  'draft/get ',
  'x'.repeat(10_000),
];

describe('resolver dispatch', () => {
  it.each(NOT_DECLARED.map((key) => [key.slice(0, 30), key]))(
    'answers %j, which the contract does not declare, with NOT_FOUND',
    async (_, functionKey) => {
      const answer = await forge.invoke({ functionKey, payload: {}, context });
      expect(answer).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: expect.stringMatching(/^There is no resolver named/) },
      });
      expect(JSON.stringify(answer)).not.toContain(context.accountId);
      expect(JSON.stringify(answer).length).toBeLessThan(300);
    },
  );

  it('answers every key the contract declares with an envelope of its own', async () => {
    for (const functionKey of RESOLVER_KEYS) {
      const answer = (await forge.invoke({ functionKey, payload: { unexpected: 1 }, context })) as {
        ok: boolean;
        error?: { code: string };
      };
      expect({ functionKey, code: answer.error?.code }).toEqual({
        functionKey,
        code: 'INVALID_INPUT',
      });
    }
  });
});

describe('the runtime’s JSON round trip of a payload', () => {
  const nested = (depth: number): unknown => {
    let value: unknown = 0;
    for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
    return value;
  };

  // Regression: 10,000 levels overflowed the stack ("Maximum call stack size exceeded").
  it('refuses a payload nested 10,000 levels deep with a clear error', async () => {
    const call = forge.invoke({ functionKey: 'draft/save', payload: nested(10_000), context });
    await expect(call).rejects.toThrow(InvalidPayloadError);
    await expect(call).rejects.toThrow(`nests deeper than ${MAX_PAYLOAD_DEPTH} levels`);
  });

  it('hands a payload at the depth limit to the resolver, whose contract refuses it', async () => {
    const answer = await forge.invoke({
      functionKey: 'draft/save',
      payload: { draft: nested(MAX_PAYLOAD_DEPTH - 1) },
      context,
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
