import { meetsConditions, validateConditions } from './kvs-conditions';
import { badRequest, KvsError } from './kvs-error';
import { addressError, itemIdentity, writeError, type ItemAddress } from './kvs-item';
import { KVS_LIMITS, ttlMs } from './kvs-limits';
import type {
  BatchDeleteRequest,
  BatchGetRequest,
  BatchSetRequest,
  Conditions,
  TransactionRequest,
} from './kvs-requests';
import { entryView, spaceOf, type KvsTable } from './kvs-table';

/** `{ successfulKeys, failedKeys }`, the answer of every batch operation. */
interface BatchResult {
  successfulKeys: object[];
  failedKeys: { key: string; entityName?: string; error: { code: string; message: string } }[];
}

function addressOf(item: ItemAddress): ItemAddress {
  return item.entityName === undefined
    ? { key: item.key }
    : { key: item.key, entityName: item.entityName };
}

function failure(item: ItemAddress, error: KvsError): BatchResult['failedKeys'][number] {
  return { ...addressOf(item), error: { code: error.code, message: error.message } };
}

/** A whole batch fails when it is empty or names one item twice (Forge's batch rules). */
function checkBatch(items: readonly ItemAddress[]): void {
  if (items.length === 0) throw badRequest('BAD_REQUEST', 'A batch needs at least one item.');
  const seen = new Set<string>();
  for (const item of items) {
    const identity = itemIdentity(item);
    if (seen.has(identity)) {
      throw badRequest('BAD_REQUEST', `The batch names the key "${item.key}" more than once.`);
    }
    seen.add(identity);
  }
}

export function batchSet(table: KvsTable, items: BatchSetRequest): BatchResult {
  checkBatch(items);
  const result: BatchResult = { successfulKeys: [], failedKeys: [] };
  for (const item of items) {
    const space = spaceOf(item.entityName);
    const error = writeError({ ...item, ttl: item.options?.ttl }, space);
    if (error) {
      result.failedKeys.push(failure(item, error));
      continue;
    }
    const ttl = item.options?.ttl;
    table.write(space, item.key, item.value, ttl === undefined ? undefined : ttlMs(ttl));
    result.successfulKeys.push(addressOf(item));
  }
  return result;
}

const MISSING = new KvsError(404, 'KEY_NOT_FOUND', 'Key does not exist');

export function batchGet(table: KvsTable, items: BatchGetRequest): BatchResult {
  checkBatch(items);
  const result: BatchResult = { successfulKeys: [], failedKeys: [] };
  for (const item of items) {
    const error = addressError(item);
    const entry = error ? undefined : table.read(spaceOf(item.entityName), item.key);
    if (!entry) {
      result.failedKeys.push(failure(item, error ?? MISSING));
      continue;
    }
    result.successfulKeys.push(
      entryView(item.key, entry, item.options?.metadataFields, item.entityName),
    );
  }
  return result;
}

export function batchDelete(table: KvsTable, items: BatchDeleteRequest): BatchResult {
  checkBatch(items);
  const result: BatchResult = { successfulKeys: [], failedKeys: [] };
  for (const item of items) {
    const error = addressError(item);
    if (error || !table.remove(spaceOf(item.entityName), item.key)) {
      result.failedKeys.push(failure(item, error ?? MISSING));
      continue;
    }
    result.successfulKeys.push(addressOf(item));
  }
  return result;
}

interface GuardedOperation extends ItemAddress {
  readonly conditions?: Conditions;
}

/** A condition guards a custom entity's current attributes; a missing entity never meets one. */
function conditionFailure(table: KvsTable, operation: GuardedOperation): KvsError | undefined {
  if (operation.conditions === undefined) return undefined;
  const current = table.read(spaceOf(operation.entityName), operation.key)?.value;
  const met =
    typeof current === 'object' &&
    current !== null &&
    meetsConditions(operation.conditions, current as Record<string, unknown>);
  return met
    ? undefined
    : new KvsError(
        409,
        'CONDITION_CHECK_FAILED',
        `The transaction's conditions on "${operation.key}" (entity ${operation.entityName ?? '-'}) are not met; nothing was written.`,
      );
}

/**
 * All of a transaction's operations apply, or none: every limit and every condition is checked
 * before the first write.
 */
export function transact(table: KvsTable, request: TransactionRequest): void {
  const sets = request.set ?? [];
  const deletes = request.delete ?? [];
  const checks = request.check ?? [];
  const operations: GuardedOperation[] = [...sets, ...deletes, ...checks];
  if (operations.length === 0) {
    throw badRequest('BAD_REQUEST', 'A transaction needs at least one operation.');
  }
  if (operations.length > KVS_LIMITS.maxTransactionOperations) {
    throw badRequest(
      'TOO_MANY_OPERATIONS',
      `A transaction can contain at most ${KVS_LIMITS.maxTransactionOperations} operations (got ${operations.length}).`,
    );
  }
  const seen = new Set<string>();
  for (const operation of operations) {
    const identity = itemIdentity(operation);
    if (seen.has(identity)) {
      throw badRequest(
        'BAD_REQUEST',
        `Each key can only be used once in a transaction ("${operation.key}").`,
      );
    }
    seen.add(identity);
    const error = addressError(operation);
    if (error) throw error;
    if (operation.conditions !== undefined) {
      if (operation.entityName === undefined) {
        throw badRequest('BAD_REQUEST', 'Transaction conditions apply to custom entities only.');
      }
      validateConditions(operation.conditions);
    }
  }
  for (const set of sets) {
    const error = writeError({ ...set, ttl: set.options?.ttl }, spaceOf(set.entityName));
    if (error) throw error;
  }
  for (const operation of operations) {
    const failed = conditionFailure(table, operation);
    if (failed) throw failed;
  }
  for (const set of sets) {
    const ttl = set.options?.ttl;
    table.write(
      spaceOf(set.entityName),
      set.key,
      set.value,
      ttl === undefined ? undefined : ttlMs(ttl),
    );
  }
  for (const remove of deletes) table.remove(spaceOf(remove.entityName), remove.key);
}
