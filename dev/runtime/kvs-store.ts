import { batchDelete, batchGet, batchSet, transact } from './kvs-bulk';
import { badRequest, KvsError, keyNotFound } from './kvs-error';
import { addressError, writeError } from './kvs-item';
import { KVS_LIMITS, ttlMs } from './kvs-limits';
import { loadSnapshot, saveSnapshot } from './kvs-persistence';
import { queryPage } from './kvs-query';
import {
  BatchDeleteRequest,
  BatchGetRequest,
  BatchSetRequest,
  DeleteRequest,
  GetRequest,
  QueryRequest,
  SetRequest,
  TransactionRequest,
} from './kvs-requests';
import { entryView, KvsTable, spaceOf, type SpaceName, type TableSnapshot } from './kvs-table';

export interface KvsStoreOptions {
  /** A JSON file the store loads at start and rewrites after every change. */
  readonly file?: string;
  /** Injectable time source (epoch ms), so TTL expiry can be tested without waiting. */
  readonly clock?: () => number;
}

/**
 * A KVS outage to play: the next `times` requests to `path` (e.g. `/api/v1/set`; every path when
 * absent) are answered with `status` (503: unavailable, 429: throttled) and change nothing.
 */
export interface KvsFault {
  readonly path?: string;
  readonly status: number;
  /** How many requests it answers; every one until cleared when absent. */
  readonly times?: number;
}

/** A handler answers with a JSON body (200), `undefined` (204), or a ready Response. */
type Answer = Response | Record<string, unknown> | undefined;
type Route = { readonly mutates: boolean; readonly run: (body: unknown) => Answer };

const PATH_PREFIX = '/api/v1';

function parse<T>(
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false } },
  body: unknown,
): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw badRequest('BAD_REQUEST', 'Provided request body is invalid');
  return parsed.data;
}

/**
 * The Forge Key-Value Store on this machine: answers the HTTP API `@forge/kvs` 1.6.5 posts to
 * `__forge_fetch__` with Forge's limits and Forge-like `{ code, message }` errors.
 */
export class KvsStore {
  readonly file: string | undefined;
  private readonly table: KvsTable;
  private readonly routes: Readonly<Record<string, Route>>;
  private faults: { rule: KvsFault; left: number }[] = [];

  constructor(options: KvsStoreOptions = {}) {
    this.file = options.file;
    this.table = new KvsTable(options.clock ?? Date.now);
    if (this.file !== undefined) this.table.restore(loadSnapshot(this.file));
    this.routes = this.buildRoutes();
  }

  /** Answers one KVS request (`path` like `/api/v1/get`, `init` as `@forge/kvs` sends it). */
  async handle(path: string, init: RequestInit = {}): Promise<Response> {
    const fault = this.faults.find((f) => f.left > 0 && (f.rule.path ?? path) === path);
    if (fault) {
      fault.left -= 1;
      const throttled = fault.rule.status === 429;
      return Response.json(
        {
          code: throttled ? 'RATE_LIMIT_EXCEEDED' : 'SERVICE_UNAVAILABLE',
          message: throttled ? 'Too many requests' : 'The storage service did not answer',
        },
        { status: fault.rule.status },
      );
    }
    try {
      const route = this.routes[path.startsWith(PATH_PREFIX) ? path.slice(PATH_PREFIX.length) : ''];
      if (!route) {
        return Response.json(
          { code: 'NOT_FOUND', message: `The local KVS store has no endpoint ${path}.` },
          { status: 404 },
        );
      }
      if ((init.method ?? 'GET').toUpperCase() !== 'POST') {
        throw new KvsError(405, 'METHOD_NOT_ALLOWED', `${path} only accepts POST.`);
      }
      const answer = route.run(await this.bodyOf(init));
      if (route.mutates) this.persist();
      if (answer instanceof Response) return answer;
      return answer === undefined ? new Response(null, { status: 204 }) : Response.json(answer);
    } catch (error) {
      if (error instanceof KvsError) return error.toResponse();
      throw error;
    }
  }

  /** Plays `rule` on the requests to come (see `KvsFault`). */
  addFault(rule: KvsFault): void {
    this.faults.push({ rule, left: rule.times ?? Infinity });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** Everything stored, by space (`kvs`, `secret`, `entity/<name>`); expired entries excluded. */
  snapshot(): TableSnapshot {
    return this.table.snapshot();
  }

  /** Forgets everything (and empties the file, when persisted). */
  clear(): void {
    this.table.restore({});
    this.persist();
  }

  private async bodyOf(init: RequestInit): Promise<unknown> {
    const text = typeof init.body === 'string' ? init.body : await new Response(init.body).text();
    if (Buffer.byteLength(text, 'utf8') > KVS_LIMITS.maxRequestPayloadBytes) {
      throw badRequest(
        'MAX_SIZE',
        `The request payload exceeds ${KVS_LIMITS.maxRequestPayloadBytes} bytes.`,
      );
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw badRequest('BAD_REQUEST', 'Provided request body is invalid');
    }
  }

  private persist(): void {
    if (this.file !== undefined) saveSnapshot(this.file, this.table.snapshot());
  }

  private buildRoutes(): Record<string, Route> {
    const read = (space: (entityName?: string) => SpaceName) => (body: unknown) =>
      this.get(parse(GetRequest, body), space);
    const write = (space: (entityName?: string) => SpaceName) => (body: unknown) =>
      this.set(parse(SetRequest, body), space);
    const remove = (space: (entityName?: string) => SpaceName) => (body: unknown) =>
      this.delete(parse(DeleteRequest, body), space);
    const plain = (): SpaceName => 'kvs';
    const secret = (): SpaceName => 'secret';
    const entity = (entityName?: string): SpaceName => {
      if (entityName === undefined)
        throw badRequest('BAD_REQUEST', 'An entity request needs an entityName.');
      return spaceOf(entityName);
    };
    return {
      '/get': { mutates: false, run: read(plain) },
      '/set': { mutates: true, run: write(plain) },
      '/delete': { mutates: true, run: remove(plain) },
      '/query': { mutates: false, run: (body) => queryPage(this.table, parse(QueryRequest, body)) },
      '/secret/get': { mutates: false, run: read(secret) },
      '/secret/set': { mutates: true, run: write(secret) },
      '/secret/delete': { mutates: true, run: remove(secret) },
      '/entity/get': { mutates: false, run: read(entity) },
      '/entity/set': { mutates: true, run: write(entity) },
      '/entity/delete': { mutates: true, run: remove(entity) },
      '/entity/query': {
        mutates: false,
        run: () => {
          // Index queries need the manifest's entity and index definitions, which this store does not read.
          throw new KvsError(
            501,
            'NOT_IMPLEMENTED',
            'The local KVS store does not answer custom entity index queries.',
          );
        },
      },
      '/batch/set': {
        mutates: true,
        run: (body) => ({ ...batchSet(this.table, parse(BatchSetRequest, body)) }),
      },
      '/batch/get': {
        mutates: false,
        run: (body) => ({ ...batchGet(this.table, parse(BatchGetRequest, body)) }),
      },
      '/batch/delete': {
        mutates: true,
        run: (body) => ({ ...batchDelete(this.table, parse(BatchDeleteRequest, body)) }),
      },
      '/transaction': {
        mutates: true,
        run: (body) => {
          transact(this.table, parse(TransactionRequest, body));
          return undefined;
        },
      },
    };
  }

  private get(request: GetRequest, space: (entityName?: string) => SpaceName): Answer {
    const error = addressError(request);
    if (error) throw error;
    const entry = this.table.read(space(request.entityName), request.key);
    if (!entry) throw keyNotFound();
    return entryView(request.key, entry, request.options?.metadataFields, request.entityName);
  }

  private set(request: SetRequest, space: (entityName?: string) => SpaceName): Answer {
    const target = space(request.entityName);
    const options = request.options ?? {};
    const error = writeError({ ...request, ttl: options.ttl }, target);
    if (error) throw error;
    const previous = this.table.read(target, request.key);
    if (options.keyPolicy === 'FAIL_IF_EXISTS' && previous) {
      throw new KvsError(409, 'KEY_ALREADY_EXISTS', `The key "${request.key}" already exists.`);
    }
    const latest = this.table.write(
      target,
      request.key,
      request.value,
      options.ttl === undefined ? undefined : ttlMs(options.ttl),
    );
    const fields = options.returnMetadataFields;
    if (options.returnValue === 'LATEST')
      return entryView(request.key, latest, fields, request.entityName);
    if (options.returnValue === 'PREVIOUS' && previous)
      return entryView(request.key, previous, fields, request.entityName);
    return undefined;
  }

  private delete(request: DeleteRequest, space: (entityName?: string) => SpaceName): Answer {
    const error = addressError(request);
    if (error) throw error;
    // Forge answers KEY_NOT_FOUND for a missing key; @forge/kvs turns that into a silent success.
    if (!this.table.remove(space(request.entityName), request.key)) throw keyNotFound();
    return undefined;
  }
}
