import type { FailureMode } from '../draft/scoping-schema';
import { statusInfo } from '../http/http-status-catalog';
import type { ImportedOperation } from './collect-operations';
import { oneLine } from './fit-text';
import type { OpenApiResponse } from './openapi-document';
import { bodyKind, firstContent, schemaName } from './schema-name';

export type FailureModeSeed = Omit<FailureMode, 'id'>;

/** What an operation's responses say: its outputs, its failure modes and its success statement. */
export interface ResponseSeeds {
  outputs: string[];
  failureModes: FailureModeSeed[];
  /** "GET /pets/{petId} answers 200 with Pet", from the lowest 2xx; undefined without one. */
  successStatement: string | undefined;
}

/**
 * Reads an operation's responses. `default` and ranges such as `4XX` name no status, so they
 * become warnings instead of a guessed failure mode; 1xx and 3xx are neither outcome.
 */
export function operationResponses(op: ImportedOperation, warnings: string[]): ResponseSeeds {
  const seeds: ResponseSeeds = { outputs: [], failureModes: [], successStatement: undefined };
  const entries = Object.entries(op.operation.responses ?? {}).sort(([a], [b]) =>
    a.localeCompare(b),
  );
  for (const [code, response] of entries) {
    if (response === undefined) continue;
    const status = /^\d{3}$/.test(code) ? Number(code) : undefined;
    if (status === undefined) {
      warnings.push(
        `${op.label}: the "${code}" response names no status, so no failure mode was made for it; add the statuses it stands for.`,
      );
    } else if (status >= 200 && status <= 299) {
      addSuccess(seeds, op, status, response);
    } else if (status >= 400 && status <= 599) {
      seeds.failureModes.push(failureMode(op, status, response));
    } else {
      warnings.push(
        `${op.label}: the ${status} response is neither a success nor a failure and was not imported.`,
      );
    }
  }
  if (seeds.successStatement === undefined) {
    warnings.push(`${op.label} has no 2xx response, so no success criterion was made for it.`);
  }
  return seeds;
}

function addSuccess(
  seeds: ResponseSeeds,
  op: ImportedOperation,
  status: number,
  response: OpenApiResponse,
): void {
  const body = firstContent(response.content);
  const output = body
    ? (schemaName(body.schema) ?? `${op.operation.operationId ?? op.label} response`)
    : undefined;
  if (output !== undefined) seeds.outputs.push(output);
  seeds.successStatement ??= output
    ? `${op.label} answers ${status} with ${output}`
    : `${op.label} answers ${status}`;
}

function failureMode(
  op: ImportedOperation,
  status: number,
  response: OpenApiResponse,
): FailureModeSeed {
  const info = statusInfo(status);
  const described = oneLine(response.description ?? '') || info?.reason || `status ${status}`;
  const body = firstContent(response.content);
  const payload = body ? (schemaName(body.schema) ?? `a ${bodyKind(body.mediaType)}`) : undefined;
  return {
    condition: `${op.label}: ${described}`,
    status,
    behaviour: payload ? `Respond ${status} with ${payload}` : `Respond ${status}`,
    // The catalog decides; outside it, a server error may pass and a client error will not.
    retryable: info?.retryable ?? status >= 500,
  };
}
