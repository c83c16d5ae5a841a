/**
 * Expected failures of running a plan, as one small class family with codes the resolvers pass
 * to the UI unchanged. Anything else that escapes the executor is a bug and is re-thrown.
 */

export type ExecutorErrorCode =
  | 'NO_CREATE_PERMISSION'
  | 'NO_DELETE_PERMISSION'
  | 'MISSING_ISSUE_TYPE'
  | 'MISSING_LINK_TYPE'
  | 'PROJECT_MISMATCH'
  | 'PERMISSION_CHECK_REFUSED'
  | 'PLAN_BUSY'
  | 'RUN_NOT_FOUND'
  | 'NOT_RUN_OWNER'
  | 'RUN_NOT_RESUMABLE'
  | 'RUN_NOT_UNDOABLE'
  | 'CONFIRMATION_REQUIRED';

export class ExecutorError extends Error {
  override readonly name = 'ExecutorError';
  readonly code: ExecutorErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ExecutorErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.code = code;
    this.details = details;
  }
}
