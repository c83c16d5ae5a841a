import type { ErrorCode } from '../contract';

/** An expected failure a resolver reports to the UI as `{ ok: false, error }`, never as a crash. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
