import type { ErrorCode } from '../contract';
import { ExecutorError, type ExecutorErrorCode } from '../run';
import { JiraAnswerError, JiraHttpError, JiraNetworkError } from '../jira/jira-errors';
import { StorageUnavailableError } from '../storage/storage-errors';
import { TemplateConflictError } from '../storage/template-store';
import { AppError } from './app-error';

const EXECUTOR_CODES: Record<ExecutorErrorCode, ErrorCode> = {
  NO_CREATE_PERMISSION: 'FORBIDDEN',
  NO_DELETE_PERMISSION: 'FORBIDDEN',
  NOT_RUN_OWNER: 'FORBIDDEN',
  PROJECT_MISMATCH: 'FORBIDDEN',
  MISSING_ISSUE_TYPE: 'NOT_READY',
  MISSING_LINK_TYPE: 'NOT_READY',
  PERMISSION_CHECK_REFUSED: 'FORBIDDEN',
  PLAN_BUSY: 'CONFLICT',
  RUN_NOT_FOUND: 'NOT_FOUND',
  RUN_NOT_RESUMABLE: 'CONFLICT',
  RUN_NOT_UNDOABLE: 'CONFLICT',
  CONFIRMATION_REQUIRED: 'INVALID_INPUT',
};

/**
 * The failures a resolver expects and reports as an error envelope: its own (a stale draft save
 * is one: `draft/save` answers it with who saved, by name), the executor's, app storage not
 * answering (STORAGE_UNAVAILABLE, safe to retry), and Jira refusing or being unreachable (after
 * the retries the client already made). Anything
 * else is a bug and is re-thrown for Forge to record.
 */
export function asExpectedError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof ExecutorError) {
    return new AppError(EXECUTOR_CODES[error.code], error.message, {
      reason: error.code,
      ...error.details,
    });
  }
  if (error instanceof TemplateConflictError) {
    return new AppError('CONFLICT', error.message, { currentVersion: error.currentVersion });
  }
  // Before anything else: a storage failure is never reported as a conflict or as Jira's refusal.
  if (error instanceof StorageUnavailableError) {
    return new AppError('STORAGE_UNAVAILABLE', error.message, { retryable: true });
  }
  if (error instanceof JiraHttpError || error instanceof JiraNetworkError) {
    return new AppError('JIRA_ERROR', error.message);
  }
  if (error instanceof JiraAnswerError) {
    return new AppError(
      'JIRA_ERROR',
      `Jira answered in a form Backend Breakdown could not read, so it stopped there. Try again; if it keeps happening, tell your Jira administrator. (${error.message})`,
    );
  }
  return undefined;
}
