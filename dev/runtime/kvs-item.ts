import { badRequest, type KvsError } from './kvs-error';
import {
  entityNameError,
  keyError,
  KVS_LIMITS,
  ttlError,
  valueError,
  type Ttl,
} from './kvs-limits';
import type { SpaceName } from './kvs-table';

/** Where an item lives: a key, in plain KVS or in a custom entity. */
export interface ItemAddress {
  readonly key: string;
  readonly entityName?: string;
}

/** The first rule an item's address breaks, or undefined. */
export function addressError(item: ItemAddress): KvsError | undefined {
  return (
    keyError(item.key) ??
    (item.entityName === undefined ? undefined : entityNameError(item.entityName))
  );
}

/** The first rule a write breaks (address, value, TTL), or undefined when it may be stored. */
export function writeError(
  item: ItemAddress & { readonly value: unknown; readonly ttl?: Ttl },
  space: SpaceName,
): KvsError | undefined {
  const maxBytes = space === 'secret' ? KVS_LIMITS.maxSecretValueBytes : KVS_LIMITS.maxValueBytes;
  return (
    addressError(item) ??
    (item.value === undefined ? badRequest('BAD_REQUEST', 'A value is required.') : undefined) ??
    entityValueError(item) ??
    valueError(item.value, maxBytes) ??
    (item.ttl === undefined ? undefined : ttlError(item.ttl))
  );
}

function entityValueError(item: ItemAddress & { readonly value: unknown }): KvsError | undefined {
  if (item.entityName === undefined) return undefined;
  const isObject =
    typeof item.value === 'object' && item.value !== null && !Array.isArray(item.value);
  return isObject
    ? undefined
    : badRequest('INVALID_ENTITY_VALUE', 'A custom entity value must be an object of attributes.');
}

/** The identity of an item across spaces, for "each key only once per request" rules. */
export function itemIdentity(item: ItemAddress): string {
  return `${item.entityName ?? ''}\u0000${item.key}`;
}
