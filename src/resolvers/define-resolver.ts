import type Resolver from '@forge/resolver';
import type { z } from 'zod';
import { resolvers, type Envelope, type ResolverKey, type ResolverOutput } from '../contract';
import { HUMAN_MESSAGES } from '../domain';
import { asExpectedError } from './expected-errors';
import { scopeFromContext, type InvocationScope } from './invocation-context';

type Impl<K extends ResolverKey, S = InvocationScope> = (
  input: z.output<(typeof resolvers)[K]['input']>,
  scope: S,
) => Promise<ResolverOutput<K>>;

/**
 * Registers one resolver: parses its input with the contract's schema, derives identity and scope
 * from the invocation context, and turns expected failures into the error envelope.
 * Anything else is re-thrown so Forge records it.
 */
export function defineResolver<K extends ResolverKey>(
  resolver: Resolver,
  key: K,
  impl: Impl<K>,
): void {
  defineResolverIn(resolver, key, scopeFromContext, impl);
}

/** As `defineResolver`, with the caller's scope read by `fromContext` (e.g. the site admin page). */
export function defineResolverIn<K extends ResolverKey, S>(
  resolver: Resolver,
  key: K,
  fromContext: (context: unknown) => S,
  impl: Impl<K, S>,
): void {
  resolver.define(key, async (request): Promise<Envelope<ResolverOutput<K>>> => {
    const input = resolvers[key].input.safeParse(request.payload, HUMAN_MESSAGES);
    if (!input.success) {
      const { issues } = input.error;
      return {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: invalidInputMessage(issues.map((issue) => issue.message)),
          details: issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        },
      };
    }
    try {
      const scope = fromContext(request.context);
      const data = await impl(input.data as never, scope);
      return { ok: true, data };
    } catch (error) {
      const expected = asExpectedError(error);
      if (!expected) throw error;
      return {
        ok: false,
        error: {
          code: expected.code,
          message: expected.message,
          ...(expected.details === undefined ? {} : { details: expected.details }),
        },
      };
    }
  });
}

/** "2 values were not accepted: At most 120 characters; Enter a number." (the first three). */
function invalidInputMessage(messages: readonly string[]): string {
  const distinct = [...new Set(messages)];
  const shown = distinct.slice(0, 3).join('; ');
  const more = distinct.length > 3 ? `; and ${String(distinct.length - 3)} more` : '';
  const n = messages.length;
  return `${String(n)} ${n === 1 ? 'value was' : 'values were'} not accepted: ${shown}${more}.`;
}
