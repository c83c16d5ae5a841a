import { DRAFT_LIMITS as L } from '../draft/limits';
import type { FailureMode } from '../draft/scoping-schema';
import { fitText } from './fit-text';
import { statusInfo } from '../http/http-status-catalog';
import { statusesImpliedBy } from '../http/status-condition-hints';
import type { ImportedOperation } from './collect-operations';
import type { OpenApiDocument, OpenApiResponse } from './openapi-document';
import { plainText } from './plain-text';
import { resolveRef } from './resolve-ref';
import { bodyKind, firstContent, schemaName } from './schema-name';

/** A failure mode before it gets its id, with the operation it came from. */
export type FailureModeSeed = Omit<FailureMode, 'id'> & {
  /** "GET /pets": the operation answering so; `condition` starts with it. */
  operation: string;
  /** The condition without the operation in front, for folding shared failure modes. */
  reason: string;
  /** From a `default` response: the catch-all most APIs repeat on every operation. */
  catchAll: boolean;
};

/** What an operation's responses say: its outputs, its failure modes and its success statement. */
export interface ResponseSeeds {
  outputs: string[];
  failureModes: FailureModeSeed[];
  /** "GET /pets/{petId} answers 200 with Pet", from the lowest 2xx; undefined without one. */
  successStatement: string | undefined;
}

/** What 401 and 403 mean for an operation under a security requirement that does not declare them. */
const SECURITY_FAILURES: Record<401 | 403, string> = {
  401: 'the caller presents no credentials, or invalid ones',
  403: 'the credentials lack the scope or permission this operation needs',
};

/**
 * Reads an operation's responses. A `4XX`/`5XX` range or `default` names no single status, so
 * it becomes a failure mode with a representative status (400 or 500) and says so; 1xx and 3xx
 * are neither outcome. Operations under a security requirement get 401 and 403 when they do not
 * declare them: every secured operation can refuse a caller.
 */
export function operationResponses(
  api: OpenApiDocument,
  op: ImportedOperation,
  warnings: string[],
): ResponseSeeds {
  const seeds: ResponseSeeds = { outputs: [], failureModes: [], successStatement: undefined };
  const responses = typeof op.operation.responses === 'object' ? op.operation.responses : {};
  const entries = Object.entries(responses ?? {}).sort(([a], [b]) => a.localeCompare(b));
  for (const [code, written] of entries) {
    const response = resolveRef<OpenApiResponse>(api, written).value;
    if (typeof response !== 'object' || response === null) continue;
    const range = /^([45])XX$/i.exec(code);
    const status = /^\d{3}$/.test(code)
      ? Number(code)
      : range
        ? Number(range[1]) * 100
        : code === 'default'
          ? 500
          : undefined;
    if (status === undefined) continue;
    if (status >= 200 && status <= 299) {
      addSuccess(api, seeds, op, status, response);
    } else if (status >= 400 && status <= 599) {
      const any =
        code === 'default'
          ? 'any other error, client or server'
          : range
            ? `any ${code} error`
            : undefined;
      seeds.failureModes.push({
        ...failureMode(api, op, status, response, any, code),
        catchAll: code === 'default',
      });
    } else {
      warnings.push(
        `${op.label}: the ${code} response is neither a success nor a failure and was not imported.`,
      );
    }
  }
  if (op.secured) {
    for (const status of [401, 403] as const) {
      if (seeds.failureModes.some((f) => f.status === status)) continue;
      seeds.failureModes.push(
        seed(op, status, SECURITY_FAILURES[status], `Respond ${String(status)}`),
      );
    }
  }
  if (seeds.successStatement === undefined) {
    warnings.push(`${op.label} has no 2xx response, so no success criterion was made for it.`);
  }
  return seeds;
}

function addSuccess(
  api: OpenApiDocument,
  seeds: ResponseSeeds,
  op: ImportedOperation,
  status: number,
  response: OpenApiResponse,
): void {
  const body = firstContent(response.content);
  // Cut as the output itself is, so the success statement names the same output.
  const output = body
    ? fitText(
        schemaName(api, body.schema) ?? `${op.operation.operationId ?? op.label} response`,
        L.name,
        '',
        [],
      )
    : undefined;
  if (output !== undefined) seeds.outputs.push(output);
  seeds.successStatement ??= output
    ? `${op.label} answers ${String(status)} with ${output}`
    : `${op.label} answers ${String(status)}`;
}

function failureMode(
  api: OpenApiDocument,
  op: ImportedOperation,
  status: number,
  response: OpenApiResponse,
  any: string | undefined,
  code: string,
): FailureModeSeed {
  const info = statusInfo(status);
  const written = typeof response.description === 'string' ? plainText(response.description) : '';
  const described = written || info?.reason || `status ${String(status)}`;
  const body = firstContent(response.content);
  const payload = body
    ? (schemaName(api, body.schema) ?? `a ${bodyKind(body.mediaType)}`)
    : undefined;
  const respond = payload
    ? `Respond ${String(status)} with ${payload}`
    : `Respond ${String(status)}`;
  // `default` stands for every status the operation does not list, client errors included: the
  // condition says so, its status is the representative 500 and a client must not retry it blindly.
  const implied = statusesImpliedBy(described);
  const contradicts = implied !== null && !implied.has(status);
  // The document's words suggest another status ("405: Invalid input"): the condition states
  // the status's own meaning (or the range's), and the behaviour keeps the document's words, so
  // the imported failure mode does not contradict itself in the team's readiness check.
  const reason = contradicts
    ? (any ?? info?.reason ?? `status ${String(status)}`)
    : any
      ? `${any} (${described})`
      : described;
  const behaviour = contradicts ? `${respond}; the API describes it as "${written}"` : respond;
  const mode = seed(op, status, reason, behaviour);
  return code === 'default' ? { ...mode, retryable: false } : mode;
}

function seed(
  op: ImportedOperation,
  status: number,
  reason: string,
  behaviour: string,
): FailureModeSeed {
  return {
    catchAll: false,
    operation: op.label,
    reason,
    condition: `${op.label}: ${reason}`,
    status,
    behaviour,
    // The catalog decides; outside it, a server error may pass and a client error will not.
    retryable: statusInfo(status)?.retryable ?? status >= 500,
  };
}
