/** Reads and parses a JSON request body the way Jira does: JSON only, 10 MB at most. */
import type { IncomingMessage } from 'node:http';

const BODY_LIMIT_BYTES = 10 * 1024 * 1024;

export type BodyRead =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'malformed' }
  | { kind: 'unsupported-media-type' }
  | { kind: 'too-large' };

export async function readRaw(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT_BYTES) return 'too-large';
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function parseBody(raw: Buffer | 'too-large', contentType: string | undefined): BodyRead {
  if (raw === 'too-large') return { kind: 'too-large' };
  if (raw.length === 0) return { kind: 'none' };
  if (!contentType?.toLowerCase().includes('json')) return { kind: 'unsupported-media-type' };
  try {
    return { kind: 'json', value: JSON.parse(raw.toString('utf8')) as unknown };
  } catch {
    return { kind: 'malformed' };
  }
}
