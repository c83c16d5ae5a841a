import { badRequest } from './kvs-error';
import { KVS_LIMITS } from './kvs-limits';
import type { QueryRequest } from './kvs-requests';
import { entryView, type KvsTable } from './kvs-table';

/**
 * Cursors are opaque to the app (Forge says not to persist them); here one names the last key
 * of the previous page, so paging stays correct while keys are added or removed.
 */
function encodeCursor(lastKey: string): string {
  return Buffer.from(JSON.stringify({ after: lastKey }), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      typeof decoded === 'object' &&
      decoded !== null &&
      'after' in decoded &&
      typeof decoded.after === 'string'
    ) {
      return decoded.after;
    }
  } catch {
    // Falls through to the Forge-like error below.
  }
  throw badRequest('INVALID_CURSOR', 'The provided cursor is invalid.');
}

/** The key prefix of a query: Forge's KVS accepts at most one `where`, `key BEGINS_WITH x`. */
function prefixOf(where: QueryRequest['where']): string {
  if (where === undefined || where.length === 0) return '';
  if (where.length > 1) {
    throw badRequest(
      'QUERY_WHERE_INVALID',
      'KVS queries should contain only a single "where" clause.',
    );
  }
  const [clause] = where as [NonNullable<QueryRequest['where']>[number]];
  if (clause.property !== 'key') {
    throw badRequest(
      'QUERY_WHERE_FIELD_INVALID',
      `The field "${clause.property}" is not supported for filters.`,
    );
  }
  if (clause.condition !== 'BEGINS_WITH') {
    throw badRequest(
      'INVALID_FILTER_CONDITION',
      `The condition ${clause.condition} is not supported for filters.`,
    );
  }
  const [prefix] = clause.values;
  if (clause.values.length !== 1 || (typeof prefix !== 'string' && typeof prefix !== 'number')) {
    throw badRequest(
      'INVALID_FILTER_VALUES',
      'BEGINS_WITH takes exactly one string or number value.',
    );
  }
  return String(prefix);
}

function limitOf(limit: number | undefined): number {
  if (limit === undefined) return KVS_LIMITS.defaultQueryLimit;
  if (!Number.isInteger(limit) || limit < 1 || limit > KVS_LIMITS.maxQueryLimit) {
    throw badRequest(
      'LIST_QUERY_LIMIT_EXCEEDED',
      `Limit for list query should be between 1 and ${KVS_LIMITS.maxQueryLimit} (got ${String(limit)}).`,
    );
  }
  return limit;
}

/** One page of plain KVS entries in key order, with a cursor when more match. */
export function queryPage(
  table: KvsTable,
  request: QueryRequest,
): { data: unknown[]; cursor?: string } {
  const prefix = prefixOf(request.where);
  const limit = limitOf(request.limit);
  const after = request.after === undefined ? undefined : decodeCursor(request.after);
  const matching = table
    .liveKeys('kvs')
    .filter((key) => key.startsWith(prefix) && (after === undefined || key > after));
  const page = matching.slice(0, limit);
  const data = page.map((key) => {
    const entry = table.read('kvs', key);
    return entry ? entryView(key, entry, request.options?.metadataFields) : undefined;
  });
  const last = page.at(-1);
  return {
    data: data.filter((item) => item !== undefined),
    ...(matching.length > limit && last !== undefined ? { cursor: encodeCursor(last) } : {}),
  };
}
