import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { TableSnapshot } from './kvs-table';

const StoredEntry = z.object({
  value: z.unknown(),
  createdAt: z.number(),
  updatedAt: z.number(),
  expiresAt: z.number().optional(),
});

const StoreFile = z.object({
  format: z.literal('forge-kvs-local'),
  version: z.literal(1),
  spaces: z.record(z.string(), z.record(z.string(), StoredEntry)),
});

/** The snapshot saved in `file`, or an empty one when the file does not exist yet. */
export function loadSnapshot(file: string): TableSnapshot {
  if (!existsSync(file)) return {};
  const parsed = StoreFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file} is not a local KVS store file: ${parsed.error.message}`);
  }
  return parsed.data.spaces;
}

/** Writes the snapshot through a temporary file and a rename, so a crash never leaves half a store. */
export function saveSnapshot(file: string, spaces: TableSnapshot): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ format: 'forge-kvs-local', version: 1, spaces }));
  renameSync(temporary, file);
}
