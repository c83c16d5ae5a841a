import { invoke } from '@forge/bridge';
import type { Envelope, ResolverInput, ResolverKey, ResolverOutput } from '../../src/contract';

/** Forge may hand an invoke answer back wrapped as `{ body, metadata }`. */
function unwrap(answer: unknown): unknown {
  if (answer && typeof answer === 'object' && 'body' in answer && 'metadata' in answer) {
    return (answer as { body: unknown }).body;
  }
  return answer;
}

/**
 * The only way the UI calls a resolver: typed by `src/contract.ts`, always answering the uniform
 * envelope. A transport failure becomes an envelope too, so every screen has one error path.
 */
export async function call<K extends ResolverKey>(
  key: K,
  input: ResolverInput<K>,
): Promise<Envelope<ResolverOutput<K>>> {
  try {
    return unwrap(await invoke(key, input as Record<string, unknown>)) as Envelope<
      ResolverOutput<K>
    >;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: 'JIRA_ERROR', message: `Backend Breakdown could not be reached: ${message}` },
    };
  }
}
