import { badRequest, type KvsError } from './kvs-error';

/**
 * Forge's documented Key-Value Store limits (developer.atlassian.com: "KVS and Custom Entity
 * Store limits", "Error handling for the Key-Value Store", "KVS Transactions"). Where the
 * documentation disagrees with itself, the stricter value is used, so code that passes here
 * passes on Forge; see dev/runtime/README.md.
 */
export const KVS_LIMITS = {
  maxKeyLength: 500,
  keyPattern: /^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/,
  maxValueBytes: 240 * 1024,
  maxSecretValueBytes: 128 * 1024,
  /** Documented as 31 ("limits") and as 32 ("error handling"); the stricter one applies. */
  maxObjectDepth: 31,
  defaultQueryLimit: 10,
  /** Documented as 20 in the query examples and as 100 in prose; the stricter one applies. */
  maxQueryLimit: 20,
  maxTransactionOperations: 25,
  maxRequestPayloadBytes: 4 * 1024 * 1024,
  entityNameMinLength: 3,
  entityNameMaxLength: 60,
  entityNamePattern: /^(?![.-])(?!.*\.{2})[a-z0-9:\-.]*(?<![.])$/,
} as const;

/** The first key rule `key` breaks, or undefined for a valid key. */
export function keyError(key: unknown): KvsError | undefined {
  if (typeof key !== 'string' || key.length === 0) {
    return badRequest('KEY_TOO_SHORT', 'The provided key needs to be at least one character.');
  }
  if (key.length > KVS_LIMITS.maxKeyLength) {
    return badRequest(
      'KEY_TOO_LONG',
      `The provided key has exceeded the maximum ${KVS_LIMITS.maxKeyLength} characters.`,
    );
  }
  if (!KVS_LIMITS.keyPattern.test(key)) {
    return badRequest(
      'INVALID_KEY',
      `The provided key does not match the regex: ${String(KVS_LIMITS.keyPattern)}`,
    );
  }
  return undefined;
}

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
  let deepest = 0;
  for (const child of children) deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}

/** The first value rule `value` breaks, or undefined for a storable value. */
export function valueError(
  value: unknown,
  maxBytes: number = KVS_LIMITS.maxValueBytes,
): KvsError | undefined {
  const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
  if (bytes > maxBytes) {
    return badRequest(
      'MAX_SIZE',
      `The provided value has exceeded the maximum size limit (${bytes} bytes > ${maxBytes} bytes).`,
    );
  }
  if (depthOf(value) > KVS_LIMITS.maxObjectDepth) {
    return badRequest(
      'MAX_DEPTH',
      `The provided value has exceeded the maximum object depth (${KVS_LIMITS.maxObjectDepth}) limit.`,
    );
  }
  return undefined;
}

/** The first custom-entity name rule `name` breaks, or undefined for a valid name. */
export function entityNameError(name: string): KvsError | undefined {
  if (name.length < KVS_LIMITS.entityNameMinLength) {
    return badRequest('ENTITY_TYPE_TOO_SHORT', 'The entity name needs at least 3 characters.');
  }
  if (name.length > KVS_LIMITS.entityNameMaxLength) {
    return badRequest(
      'ENTITY_TYPE_TOO_LARGE',
      'The entity name has exceeded the maximum 60 characters.',
    );
  }
  if (!KVS_LIMITS.entityNamePattern.test(name)) {
    return badRequest(
      'INVALID_ENTITY_TYPE',
      `The entity name does not match the regex: ${String(KVS_LIMITS.entityNamePattern)}`,
    );
  }
  return undefined;
}

const TTL_UNIT_MS: Readonly<Record<string, number>> = {
  SECONDS: 1000,
  MINUTES: 60_000,
  HOURS: 3_600_000,
  DAYS: 86_400_000,
};

export interface Ttl {
  readonly value: number;
  readonly unit: string;
}

/** What is wrong with a TTL option, or undefined for a valid one. */
export function ttlError(ttl: Ttl): KvsError | undefined {
  if (TTL_UNIT_MS[ttl.unit] === undefined || !Number.isInteger(ttl.value) || ttl.value <= 0) {
    return badRequest(
      'INVALID_TTL',
      `A TTL needs a positive integer value and a unit of ${Object.keys(TTL_UNIT_MS).join(', ')}.`,
    );
  }
  return undefined;
}

/** A valid TTL in milliseconds. */
export function ttlMs(ttl: Ttl): number {
  return ttl.value * (TTL_UNIT_MS[ttl.unit] ?? Number.NaN);
}
