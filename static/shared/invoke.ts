import { invoke } from '@forge/bridge';
import type {
  Envelope,
  ResolverInput,
  ResolverKey,
  ResolverOutput,
  resolverErrorSchema,
  resolvers,
} from '../../src/contract';
import { formatPath } from '../../src/domain/format-path';

/** The contract's schemas the answers are parsed with. */
interface AnswerSchemas {
  resolvers: typeof resolvers;
  resolverErrorSchema: typeof resolverErrorSchema;
}

/**
 * The schemas come in their own chunk, fetched alongside the first call: the frames' first load
 * stays within its budget (`bench/ui-bytes.ts`; zod and the draft and template schemas are most
 * of an entry otherwise), and no call waits for it longer than for Jira.
 */
const loadSchemas = (): Promise<AnswerSchemas> => import('../../src/contract');

/** Forge may hand an invoke answer back wrapped as `{ body, metadata }`. */
function unwrap(answer: unknown): unknown {
  if (answer && typeof answer === 'object' && 'body' in answer && 'metadata' in answer) {
    return (answer as { body: unknown }).body;
  }
  return answer;
}

/**
 * What a person reads when an answer is not of the contract's shape: most likely the page and the
 * app's backend are of different versions (a deployment under way), so reloading is the remedy.
 */
export const MISMATCH_MESSAGE =
  'Backend Breakdown answered in a form this page does not understand, so nothing was shown or ' +
  'changed from it. Reload the page; if this keeps happening, the app may be updating: try again in a few minutes.';

function mismatch<T>(key: ResolverKey, where: string): Envelope<T> {
  // The detail is for whoever debugs it; the person gets a sentence they can act on.
  console.error(`Backend Breakdown: the answer of "${key}" does not fit the contract at ${where}.`);
  return { ok: false, error: { code: 'JIRA_ERROR', message: MISMATCH_MESSAGE } };
}

/**
 * Checks an answer against the contract: a success's data with the resolver's output schema, an
 * error with its code's details schema. Gives back the parsed (typed) envelope, or a mismatch.
 */
export function parseAnswer<K extends ResolverKey>(
  { resolvers, resolverErrorSchema }: AnswerSchemas,
  key: K,
  answer: unknown,
): Envelope<ResolverOutput<K>> {
  if (!answer || typeof answer !== 'object' || !('ok' in answer)) return mismatch(key, 'envelope');
  if (answer.ok === true) {
    const data = resolvers[key].output.safeParse('data' in answer ? answer.data : undefined);
    if (!data.success)
      return mismatch(key, formatPath(['data', ...(data.error.issues[0]?.path ?? [])]));
    return { ok: true, data: data.data as ResolverOutput<K> };
  }
  const error = resolverErrorSchema.safeParse('error' in answer ? answer.error : undefined);
  if (!error.success) {
    return mismatch(key, formatPath(['error', ...(error.error.issues[0]?.path ?? [])]));
  }
  return { ok: false, error: error.data };
}

/**
 * The only way the UI calls a resolver: typed by `src/contract.ts`, always answering the uniform
 * envelope, parsed against the contract. A transport failure becomes an envelope too, so every
 * screen has one error path.
 */
export async function call<K extends ResolverKey>(
  key: K,
  input: ResolverInput<K>,
): Promise<Envelope<ResolverOutput<K>>> {
  const schemas = loadSchemas().catch(() => undefined);
  let answer: unknown;
  try {
    answer = unwrap(await invoke(key, input as Record<string, unknown>));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: 'JIRA_ERROR', message: `Backend Breakdown could not be reached: ${message}` },
    };
  }
  const loaded = await schemas;
  // The page's own files are gone (the app was updated since it loaded): reloading fixes it.
  if (!loaded) return mismatch(key, 'the page, whose files could not be loaded');
  return parseAnswer(loaded, key, answer);
}
