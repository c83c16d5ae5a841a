import type {
  Envelope,
  ResolverKey,
  ResolverOutput,
  resolverErrorSchema,
  resolvers,
} from '../../src/contract';
import { formatPath } from '../../src/domain/format-path';

/** The contract's schemas the answers are parsed with. */
export interface AnswerSchemas {
  resolvers: typeof resolvers;
  resolverErrorSchema: typeof resolverErrorSchema;
}

/**
 * What a person reads when an answer is not of the contract's shape: most likely the page and the
 * app's backend are of different versions (a deployment under way), so reloading is the remedy.
 */
export const MISMATCH_MESSAGE =
  'Backend Breakdown answered in a form this page does not understand, so nothing was shown or ' +
  'changed from it. Reload the page; if this keeps happening, the app may be updating: try again in a few minutes.';

/** The answer could not be checked; the detail goes to the console, people get a sentence. */
export function mismatch<T>(key: ResolverKey, detail: string): Envelope<T> {
  console.error(`Backend Breakdown: the answer of "${key}" was not used: ${detail}.`);
  return { ok: false, error: { code: 'JIRA_ERROR', message: MISMATCH_MESSAGE } };
}

/** Forge may hand an invoke answer back wrapped as `{ body, metadata }`. */
function unwrap(answer: unknown): unknown {
  if (answer && typeof answer === 'object' && 'body' in answer && 'metadata' in answer) {
    return (answer as { body: unknown }).body;
  }
  return answer;
}

const where = (root: string, path: readonly PropertyKey[] | undefined) =>
  `it does not fit the contract at ${formatPath([root, ...(path ?? [])])}`;

/**
 * Checks an answer against the contract: a success's data with the resolver's output schema, an
 * error with its code's details schema. Gives back the parsed (typed) envelope, or a mismatch.
 */
export function parseAnswer<K extends ResolverKey>(
  { resolvers, resolverErrorSchema }: AnswerSchemas,
  key: K,
  raw: unknown,
): Envelope<ResolverOutput<K>> {
  const answer = unwrap(raw);
  if (!answer || typeof answer !== 'object' || !('ok' in answer)) {
    return mismatch(key, 'it is no result envelope');
  }
  if (answer.ok === true) {
    const data = resolvers[key].output.safeParse('data' in answer ? answer.data : undefined);
    if (!data.success) return mismatch(key, where('data', data.error.issues[0]?.path));
    return { ok: true, data: data.data as ResolverOutput<K> };
  }
  const error = resolverErrorSchema.safeParse('error' in answer ? answer.error : undefined);
  if (!error.success) return mismatch(key, where('error', error.error.issues[0]?.path));
  return { ok: false, error: error.data };
}
