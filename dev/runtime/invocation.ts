import { AsyncLocalStorage } from 'node:async_hooks';
import type { InvocationContext } from './invocation-context';

/**
 * Why the app's code is running. Forge gives a user principal to resolver invocations only;
 * a queue consumer runs with no user, so `asUser()` without an explicit account id fails there.
 * An `action` (Automation, Rovo) runs as the user it acts for, like a resolver.
 * `direct` is for scripts and tests that call app code as a given user without a resolver.
 */
export type InvocationKind = 'resolver' | 'action' | 'consumer' | 'direct';

/** One running invocation of app code, as the local runtime tracks it. */
export interface Invocation {
  /** For resolvers and `direct`: the calling user. For consumers: the user who pushed the event. */
  readonly accountId: string | undefined;
  readonly kind?: InvocationKind;
  readonly context?: InvocationContext;
  /** Epoch ms when the platform would stop this invocation (Forge's function time limit). */
  readonly deadline?: number;
  readonly invocationId?: string;
}

const storage = new AsyncLocalStorage<Invocation>();

/** Runs `fn` (and everything it awaits or schedules) as the given invocation. */
export function runWithInvocation<T>(invocation: Invocation, fn: () => T): T {
  return storage.run(invocation, fn);
}

/** The invocation the calling code runs in, or undefined outside any invocation. */
export function currentInvocation(): Invocation | undefined {
  return storage.getStore();
}
