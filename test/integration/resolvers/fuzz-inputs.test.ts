import fc from 'fast-check';
import { RESOLVER_KEYS, resolvers, type ResolverKey } from '../../../src/contract';
import * as handlers from '../../../src/index';
import type { InvocationContext } from '../../../dev/runtime/function-runtime';
import { forgeContext } from '../../support/forge-contexts';
import { startLocalForge, type LocalForge } from '../../support/local-forge';
import { rawSchemaText } from '../../support/raw-schema-text';

// A busy machine is slow to start the local stand-in: a generous limit, so no outcome hangs on speed.
jest.setTimeout(60_000);

/**
 * Arbitrary and hostile JSON to every resolver of the contract, through the local Forge runtime,
 * as the member on SHOP-2 (who may write): each answer is the contract's INVALID_INPUT envelope,
 * nothing throws, nothing reaches Jira or app storage, and the app still answers afterwards.
 */
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

/** What the resolver library hands a resolver: a falsy payload becomes `{}`. */
const asReceived = (payload: unknown): unknown => payload || {};

const isValidFor = (key: ResolverKey, payload: unknown): boolean =>
  resolvers[key].input.safeParse(asReceived(payload)).success;

/** Nested `depth` levels (arrays or objects), under the runtime's own depth limit. */
const nested = (depth: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { draft: value };
  return value;
};

const HOSTILE: [string, unknown][] = [
  ['a 2 MB string', { document: 'x'.repeat(2 * 1024 * 1024) }],
  ['an array of 100,000 items', { runId: Array.from({ length: 100_000 }, (_, i) => i) }],
  [
    '100,000 services',
    {
      draft: { scoping: { services: Array.from({ length: 100_000 }, () => ({})) } },
      baseVersion: 0,
    },
  ],
  ['nesting 200 levels deep', nested(200)],
  ['nesting under a valid key', { templateId: nested(200, 'backend-service-breakdown') }],
  ['a __proto__ key', JSON.parse('{"__proto__": {"isAdmin": true}, "runId": 1}')],
  ['a constructor key', JSON.parse('{"constructor": {"prototype": {"polluted": true}}}')],
  [
    'a __proto__ key inside a draft',
    JSON.parse('{"draft": {"__proto__": {"schemaVersion": 1}}, "baseVersion": 0}'),
  ],
  ['numbers where strings belong', { runId: 12, templateId: 1e308, confirm: 'yes' }],
  ['a string payload', 'context'],
  ['an array payload', [1, 2, 3]],
  ['a top-level number', 42],
  ['true', true],
  ['NaN-like numbers', { baseVersion: -0, draft: 1e-324 }],
];

async function call(functionKey: ResolverKey, payload: unknown): Promise<unknown> {
  return forge.invoke({ functionKey, payload, context });
}

/** Runs `work` and says whether Jira or app storage saw anything meanwhile. */
async function sideEffectsOf(work: () => Promise<unknown>) {
  const kvsBefore = JSON.stringify(forge.kvs.snapshot());
  const jiraBefore = forge.emulator.requestLog().length;
  const answer = await work();
  return {
    answer,
    jiraRequests: forge.emulator.requestLog().length - jiraBefore,
    kvsChanged: JSON.stringify(forge.kvs.snapshot()) !== kvsBefore,
  };
}

/** The message and every detail's message of a refusal: what the panel may show a person. */
function messagesOf(answer: unknown): string[] {
  const error = (answer as { error?: { message?: unknown; details?: unknown } }).error;
  const details = Array.isArray(error?.details) ? (error.details as { message?: unknown }[]) : [];
  return [error?.message, ...details.map((detail) => detail.message)].filter(
    (message): message is string => typeof message === 'string',
  );
}

const INVALID_INPUT = {
  answer: {
    ok: false,
    error: { code: 'INVALID_INPUT', message: expect.any(String), details: expect.any(Array) },
  },
  jiraRequests: 0,
  kvsChanged: false,
};

describe('every resolver, fed hostile JSON', () => {
  const cases = RESOLVER_KEYS.flatMap((key) =>
    HOSTILE.filter(([, payload]) => !isValidFor(key, payload)).map(
      ([what, payload]) => [key, what, payload] as const,
    ),
  );

  it.each(cases)(
    '%s refuses %s with INVALID_INPUT and touches nothing',
    async (key, _, payload) => {
      const seen = await sideEffectsOf(() => call(key, payload));
      expect(seen).toEqual(INVALID_INPUT);
      // Written for people, not zod's own wording.
      expect(rawSchemaText(messagesOf(seen.answer))).toEqual([]);
      // A refusal names the problem; it does not echo megabytes back to the UI.
      expect(JSON.stringify(seen.answer).length).toBeLessThan(16 * 1024);
    },
  );
});

describe('every resolver, fed arbitrary JSON', () => {
  const payloadArb = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.dictionary(
      fc.constantFrom(
        'draft',
        'baseVersion',
        'templateId',
        'runId',
        'confirm',
        'document',
        '__proto__',
        'constructor',
      ),
      fc.jsonValue({ maxDepth: 3 }),
    ),
  );

  it.each(RESOLVER_KEYS)('%s answers INVALID_INPUT and touches nothing', async (key) => {
    await fc.assert(
      fc.asyncProperty(payloadArb, async (generated) => {
        // Through JSON, as the bridge sends it (so `__proto__` is an own key, as on the wire).
        const payload: unknown = JSON.parse(JSON.stringify(generated));
        fc.pre(!isValidFor(key, payload));
        const seen = await sideEffectsOf(() => call(key, payload));
        expect(seen).toEqual(INVALID_INPUT);
        expect(rawSchemaText(messagesOf(seen.answer))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

it('still answers a valid call afterwards', async () => {
  expect(await call('context/get', {})).toMatchObject({
    ok: true,
    data: { accountId: context.accountId },
  });
});
