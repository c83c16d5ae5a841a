/**
 * A Forge KVS error as the service answers it: an HTTP status and a `{ code, message }` body,
 * which `@forge/kvs` turns into a `ForgeKvsAPIError` carrying the same code.
 */
export class KvsError extends Error {
  override readonly name = 'KvsError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  toResponse(): Response {
    return Response.json({ code: this.code, message: this.message }, { status: this.status });
  }
}

export function badRequest(code: string, message: string): KvsError {
  return new KvsError(400, code, message);
}

export function keyNotFound(): KvsError {
  // The exact body @forge/kvs's own tests use for a missing key.
  return new KvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist');
}
