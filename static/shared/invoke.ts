import { invoke } from '@forge/bridge';
import type { Envelope, ResolverInput, ResolverKey, ResolverOutput } from '../../src/contract';
import { mismatch, parseAnswer, type AnswerSchemas } from './parse-answer';

/**
 * The schemas come in their own chunk, fetched alongside the first call: the frames' first load
 * stays within its budget (`bench/ui-bytes.ts`; zod and the draft and template schemas are most
 * of an entry otherwise), and no call waits for it longer than for Jira. Named `.js` because the
 * root project type-checks this file too (as Node16); Vite and esbuild resolve it to the `.ts`.
 */
const loadSchemas = (): Promise<AnswerSchemas> => import('../../src/contract.js');

/**
 * The only way the UI calls a resolver: typed by `src/contract.ts`, always answering the uniform
 * envelope, parsed against the contract (`parse-answer.ts`). A transport failure becomes an
 * envelope too, so every screen has one error path.
 */
export async function call<K extends ResolverKey>(
  key: K,
  input: ResolverInput<K>,
): Promise<Envelope<ResolverOutput<K>>> {
  const schemas = loadSchemas().catch(() => undefined);
  let answer: unknown;
  try {
    answer = await invoke(key, input as Record<string, unknown>);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: 'JIRA_ERROR', message: `Backend Breakdown could not be reached: ${message}` },
    };
  }
  const loaded = await schemas;
  // The page's own files are gone (the app was updated since it loaded): reloading fixes it.
  if (!loaded) return mismatch(key, "the contract's schemas could not be loaded");
  return parseAnswer(loaded, key, answer);
}
