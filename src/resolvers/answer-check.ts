import type Resolver from '@forge/resolver';
import type { z } from 'zod';
import { resolverErrorSchema, resolvers, type ResolverKey } from '../contract';
import { formatPath } from '../domain';

type Definitions = ReturnType<Resolver['getDefinitions']>;

/**
 * Whether each resolver's answer is parsed against its contract before it leaves the function:
 * `always` (tests), `never`, or `outside-production` (the deployed app: Forge's development and
 * staging environments and the local runtime check; production trusts the server's own code for
 * speed, and the UI parses every answer anyway, `static/shared/invoke.ts`). Written down in
 * docs/ARCHITECTURE.md ("The contract is checked both ways").
 */
export type AnswerCheck = 'always' | 'never' | 'outside-production';

/** A resolver answered a shape its contract does not allow: a bug in the app, never the caller's. */
export class ContractMismatchError extends Error {
  override readonly name = 'ContractMismatchError';
}

/** Forge tells a resolver which environment it runs in (`context.environmentType`). */
function inProduction(context: unknown): boolean {
  const type =
    context && typeof context === 'object' && 'environmentType' in context
      ? context.environmentType
      : undefined;
  // An environment Forge did not name is treated as production: the check is a developer's aid.
  return type !== 'DEVELOPMENT' && type !== 'STAGING';
}

function shouldCheck(check: AnswerCheck, context: unknown): boolean {
  if (check === 'always') return true;
  if (check === 'never') return false;
  return !inProduction(context);
}

/** "plan/preview answered data.plan.items[0].level: Invalid input (and 2 more)". */
function mismatch(key: string, where: 'data' | 'error', error: z.ZodError): ContractMismatchError {
  const [first, ...rest] = error.issues;
  const path = formatPath([where, ...(first?.path ?? [])]);
  const more = rest.length > 0 ? ` (and ${String(rest.length)} more)` : '';
  return new ContractMismatchError(
    `Resolver "${key}" answered a value its contract (src/contract.ts) does not allow, at ${path}: ${first?.message ?? 'invalid'}${more}.`,
  );
}

/**
 * Parses every answer of `definitions` against the contract when `check` says so: the data with
 * the resolver's output schema, an error with its code's details schema. A mismatch throws
 * (Forge records it; a test fails), naming the resolver and the path. The answer itself goes out
 * as the handler made it: the check never changes what the UI receives.
 */
export function checkedAnswers(definitions: Definitions, check: AnswerCheck): Definitions {
  if (check === 'never') return definitions;
  return async (request, backendRuntimePayload) => {
    const answer: unknown = await definitions(request, backendRuntimePayload);
    const key = request.call.functionKey as ResolverKey;
    if (!Object.hasOwn(resolvers, key) || !shouldCheck(check, request.context)) return answer;
    if (!answer || typeof answer !== 'object' || !('ok' in answer)) {
      throw new ContractMismatchError(`Resolver "${key}" answered no result envelope.`);
    }
    if (answer.ok === true) {
      const data = 'data' in answer ? answer.data : undefined;
      const parsed = resolvers[key].output.safeParse(data);
      if (!parsed.success) throw mismatch(key, 'data', parsed.error);
    } else {
      const error = 'error' in answer ? answer.error : undefined;
      const parsed = resolverErrorSchema.safeParse(error);
      if (!parsed.success) throw mismatch(key, 'error', parsed.error);
    }
    return answer;
  };
}
