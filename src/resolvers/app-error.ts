import type { ErrorCode, ErrorDetails } from '../contract';

/**
 * An expected failure a resolver reports to the UI as `{ ok: false, error }`, never as a crash.
 * Its `details` are typed by its code (`src/contract-errors.ts`), so a throw site cannot send a
 * shape the UI does not read.
 */
export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: C,
    message: string,
    readonly details?: ErrorDetails<C>,
  ) {
    super(message);
  }
}
