/**
 * The epic's children as one person's fan-out preview read them, kept for a quarter of an hour so
 * the apply that follows need not read them again (at 1,000 children that is 10 pages of 100)
 * when Jira shows that nothing under the epic changed since (`epic-children.ts` decides that).
 *
 * Our own record, per epic and person (what a search returns depends on who asks), written by the
 * app only. It holds issue content but no names (the children's assignees are left out) and
 * expires by itself (KVS TTL); the apply that uses it deletes it.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { EpicChildren } from '../jira/operations/search-epic-children';
import type { KeyValueStore } from './run-kvs';

/** How long a preview's read may stand in for the apply's. */
export const SNAPSHOT_TTL_MINUTES = 15;
/** KVS takes 240 KiB a value; a chunk of base64 stays well under it with its envelope. */
const CHUNK_CHARS = 200 * 1024;
/** Beyond this the read is not kept (the apply reads the children itself). */
const MAX_CHUNKS = 8;

export interface ChildrenSnapshot {
  /** When the preview started its read (the app's clock, epoch ms). */
  readAt: number;
  read: EpicChildren & { treeIds: string[] };
}

const headSchema = z.object({
  id: z.string(),
  readAt: z.number(),
  chunks: z.number().int().min(1).max(MAX_CHUNKS),
});
const chunkSchema = z.object({ id: z.string(), data: z.string() });

const childSchema = z.object({
  id: z.string(),
  key: z.string(),
  summary: z.string(),
  description: z.string(),
  story: z.unknown().optional(),
  projectId: z.string(),
  issueType: z.object({
    id: z.string(),
    name: z.string(),
    hierarchyLevel: z.number(),
    subtask: z.boolean(),
  }),
  status: z.string(),
  assignee: z.null(),
  labels: z.array(z.string()),
  subtasks: z.array(z.object({ key: z.string(), summary: z.string() })),
});
const readSchema = z.object({
  children: z.array(childSchema),
  parent: z.object({ summary: z.string(), hierarchyLevel: z.number().optional() }).nullable(),
  treeIds: z.array(z.string()),
});

export interface ChildrenSnapshotStore {
  /** Keeps the read; answers false (keeping nothing) when it is too large to keep. */
  save(epicId: string, accountId: string, snapshot: ChildrenSnapshot): Promise<boolean>;
  /** The kept read, once: it is deleted as it is taken. Undefined when none, expired or torn. */
  take(epicId: string, accountId: string): Promise<ChildrenSnapshot | undefined>;
}

const headKey = (epicId: string, accountId: string) => `fan-out-read:${epicId}:${accountId}`;
const chunkKey = (epicId: string, accountId: string, id: string, n: number) =>
  `fan-out-read:${epicId}:${accountId}:${id}:${n}`;

export function createChildrenSnapshotStore(
  kv: KeyValueStore,
  newId: () => string,
): ChildrenSnapshotStore {
  const ttl = { value: SNAPSHOT_TTL_MINUTES, unit: 'MINUTES' as const };
  return {
    async save(epicId, accountId, { readAt, read }) {
      // Names stay in Jira: the apply never shows the children's assignees.
      const stored = { ...read, children: read.children.map((c) => ({ ...c, assignee: null })) };
      const data = gzipSync(JSON.stringify(stored)).toString('base64');
      const chunks = Math.max(1, Math.ceil(data.length / CHUNK_CHARS));
      if (chunks > MAX_CHUNKS) return false;
      const id = newId();
      // Chunks first, the head naming them last: a reader never sees a head without its chunks,
      // and a head from another save names other chunks (checked by id).
      await Promise.all(
        Array.from({ length: chunks }, (_, n) =>
          kv.set(
            chunkKey(epicId, accountId, id, n),
            { id, data: data.slice(n * CHUNK_CHARS, (n + 1) * CHUNK_CHARS) },
            { ttl },
          ),
        ),
      );
      await kv.set(headKey(epicId, accountId), { id, readAt, chunks }, { ttl });
      return true;
    },

    async take(epicId, accountId) {
      const head = headSchema.safeParse(await kv.get(headKey(epicId, accountId)));
      if (!head.success) return undefined;
      const { id, readAt, chunks } = head.data;
      const keys = Array.from({ length: chunks }, (_, n) => chunkKey(epicId, accountId, id, n));
      const parts = await Promise.all(keys.map((key) => kv.get(key)));
      await Promise.all([headKey(epicId, accountId), ...keys].map((key) => kv.delete(key)));
      let data = '';
      for (const part of parts) {
        const chunk = chunkSchema.safeParse(part);
        if (!chunk.success || chunk.data.id !== id) return undefined;
        data += chunk.data.data;
      }
      try {
        const read = readSchema.safeParse(
          JSON.parse(gunzipSync(Buffer.from(data, 'base64')).toString()),
        );
        return read.success ? { readAt, read: read.data as ChildrenSnapshot['read'] } : undefined;
      } catch {
        // Not gzip or not JSON: a record this code did not write; read the children afresh.
        return undefined;
      }
    },
  };
}
