import { DRAFT_LIMITS as L } from '../draft/limits';
import type { FailureModeSeed } from './operation-responses';

/**
 * Statuses an API answers alike on many operations (authentication, permission, rate limits),
 * however each operation words it. Repeated per operation they would crowd the failure-mode limit
 * and cut the endpoints' own failures, so the import states each once for the service.
 */
const SHARED_STATUSES = new Set([401, 403, 429]);

/** Which failure modes fold together: a shared status, the `default` catch-all, or the same words. */
function foldKey(seed: FailureModeSeed): string {
  if (seed.catchAll) return `default ${String(seed.status)} ${seed.behaviour}`;
  if (SHARED_STATUSES.has(seed.status)) return `status ${String(seed.status)}`;
  return `same ${String(seed.status)} ${seed.reason}`;
}

/**
 * Folds failure modes that two or more operations share (a shared status, the `default`
 * catch-all, or the same status for the same reason) into one. When every operation of the
 * service shares it (a service of one operation included), it is the service's: its condition
 * is the reason alone; otherwise the condition lists the operations. The folded one takes the place of its first occurrence.
 */
export function foldSharedFailures(
  seeds: FailureModeSeed[],
  operationCount: number,
): FailureModeSeed[] {
  const byKey = new Map<string, FailureModeSeed[]>();
  for (const seed of seeds) {
    const key = foldKey(seed);
    byKey.set(key, [...(byKey.get(key) ?? []), seed]);
  }
  const folded: FailureModeSeed[] = [];
  const done = new Set<string>();
  for (const seed of seeds) {
    const key = foldKey(seed);
    const operations = [...new Set(byKey.get(key)?.map((s) => s.operation) ?? [])];
    const everyOperation = operations.length === operationCount;
    if (operations.length < 2 && !everyOperation) {
      folded.push(seed);
      continue;
    }
    if (done.has(key)) continue;
    done.add(key);
    const condition = everyOperation
      ? seed.reason
      : `${listed(operations, seed.reason)}: ${seed.reason}`;
    folded.push({ ...seed, operation: operations.join(', '), condition });
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
