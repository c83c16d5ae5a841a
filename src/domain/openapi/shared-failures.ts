import { DRAFT_LIMITS as L } from '../draft/limits';
import type { FailureModeSeed } from './operation-responses';

/**
 * Statuses an API answers the same way on many operations (authentication, permission, rate
 * limits). Repeated per operation they would crowd the failure-mode limit and cut the
 * endpoints' own failures, so the import states each once for the service.
 */
const SHARED_STATUSES = new Set([401, 403, 429]);

/** Which failure modes fold together: a shared status, or the `default` catch-all with its status. */
function foldKey(seed: FailureModeSeed): string | undefined {
  if (seed.catchAll) return `default ${String(seed.status)} ${seed.behaviour}`;
  return SHARED_STATUSES.has(seed.status) ? String(seed.status) : undefined;
}

/**
 * Folds the failure modes of a shared status (and the `default` catch-all) that two or more
 * operations declare into one, whose condition lists the operations ("Every endpoint" when all
 * of them); the rest are kept in order. The folded ones take the place of their first occurrence.
 */
export function foldSharedFailures(
  seeds: FailureModeSeed[],
  operationCount: number,
): FailureModeSeed[] {
  const byKey = new Map<string, FailureModeSeed[]>();
  for (const seed of seeds) {
    const key = foldKey(seed);
    if (key !== undefined) byKey.set(key, [...(byKey.get(key) ?? []), seed]);
  }
  const folded: FailureModeSeed[] = [];
  const done = new Set<string>();
  for (const seed of seeds) {
    const key = foldKey(seed);
    const group = key === undefined ? undefined : byKey.get(key);
    const operations = [...new Set(group?.map((s) => s.operation) ?? [])];
    if (key === undefined || group === undefined || operations.length < 2) {
      folded.push(seed);
      continue;
    }
    if (done.has(key)) continue;
    done.add(key);
    const who =
      operations.length === operationCount
        ? `Every endpoint (${String(operationCount)})`
        : listed(operations, seed.reason);
    folded.push({ ...seed, operation: who, condition: `${who}: ${seed.reason}` });
  }
  return folded;
}

/** "GET /a, POST /b" or, when that would not fit a draft line, "GET /a, POST /b and 7 more". */
function listed(operations: string[], reason: string): string {
  const room = L.line - reason.length - 2;
  for (let shown = operations.length; shown > 0; shown--) {
    const rest = operations.length - shown;
    const text =
      operations.slice(0, shown).join(', ') + (rest > 0 ? ` and ${String(rest)} more` : '');
    if (text.length <= room) return text;
  }
  return `${String(operations.length)} endpoints`;
}
