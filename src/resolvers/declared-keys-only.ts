import type Resolver from '@forge/resolver';
import { resolvers, type Envelope } from '../contract';

type Definitions = ReturnType<Resolver['getDefinitions']>;

/** How much of an unknown key the error repeats back: enough to recognise a typo. */
const KEY_ECHO_MAX = 100;

/**
 * Lets through only calls to the keys `src/contract.ts` declares. `@forge/resolver` looks keys
 * up with `in` on a plain object, so `constructor` ran `Object` (echoing the caller's whole
 * invocation context) and `__proto__` or `hasOwnProperty` crashed; any other key now gets a
 * `NOT_FOUND` envelope before the library sees it.
 */
export function declaredKeysOnly(definitions: Definitions): Definitions {
  return async (request, backendRuntimePayload) => {
    const key: unknown = request.call.functionKey;
    if (typeof key === 'string' && Object.hasOwn(resolvers, key)) {
      return definitions(request, backendRuntimePayload);
    }
    const named = typeof key === 'string' ? JSON.stringify(key.slice(0, KEY_ECHO_MAX)) : 'no key';
    const answer: Envelope<never> = {
      ok: false,
      error: { code: 'NOT_FOUND', message: `There is no resolver named ${named}.` },
    };
    return answer;
  };
}
