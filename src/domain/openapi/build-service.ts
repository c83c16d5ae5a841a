import { newId } from '../draft/draft-id';
import { DRAFT_LIMITS as L } from '../draft/limits';
import type { Endpoint, Service, SuccessCriterion } from '../draft/scoping-schema';
import type { ImportedOperation } from './collect-operations';
import { endpointContract, serviceContract, withSharedSecurity } from './endpoint-contract';
import { fitList, fitText } from './fit-text';
import { operationInputs } from './operation-inputs';
import type { OpenApiDocument } from './openapi-document';
import { operationResponses, type FailureModeSeed } from './operation-responses';
import { foldSharedFailures } from './shared-failures';

/** Gives each entry an id unique in its list, from the text `nameOf` picks. */
function withIds<T>(seeds: T[], nameOf: (seed: T) => string): (T & { id: string })[] {
  const taken: string[] = [];
  return seeds.map((seed) => {
    const id = newId(nameOf(seed), taken);
    taken.push(id);
    return { ...seed, id };
  });
}

/** Drops repeats: the same `petId` path parameter of three operations is one input. */
function distinct<T>(seeds: T[], keyOf: (seed: T) => string): T[] {
  const seen = new Set<string>();
  return seeds.filter((seed) => {
    const key = keyOf(seed);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One service from the operations of one tag (or of the untagged rest): an endpoint and a success
 * criterion per operation, the inputs, outputs and failure modes they declare, every list and
 * text cut to the draft's limits with a warning.
 */
export function buildService(
  api: OpenApiDocument,
  id: string,
  name: string,
  primaryFunction: string,
  operations: ImportedOperation[],
  warnings: string[],
): Service {
  const where = `Service "${name}"`;
  const fit = (text: string, max: number, what: string) =>
    fitText(text, max, `${where}: ${what}`, warnings);

  const contract = serviceContract(
    api,
    operations.map((op) => endpointContract(api, op)),
  );
  const contracts = withSharedSecurity(
    operations.map((op) => endpointContract(api, op)),
    contract.security,
  );
  const endpoints: Endpoint[] = withIds(
    operations.map((op, index) => ({
      method: op.method,
      path: fit(op.path, L.path, `the path of ${op.label}`),
      summary: fit(op.summary, L.line, `the summary of ${op.label}`),
      contract: contracts[index],
    })),
    (e) => e.contract?.operationId ?? `${e.method} ${e.path}`,
  );

  const responses = operations.map((op) => operationResponses(api, op, warnings));
  const inputs = distinct(
    operations.flatMap((op) => operationInputs(api, op)),
    (i) => `${i.name}\n${i.format}`,
  );
  const outputs = distinct(
    responses.flatMap((r) => r.outputs),
    (n) => n,
  );
  const failureModes = distinct(
    foldSharedFailures(
      responses.flatMap((r) => r.failureModes),
      operations.length,
    ),
    (f: FailureModeSeed) => `${f.status}\n${f.condition}\n${f.behaviour}`,
  );
  const criteria: SuccessCriterion[] = withIds(
    operations.flatMap((op, index) => {
      const statement = responses[index]?.successStatement;
      const endpoint = endpoints[index];
      if (statement === undefined || endpoint === undefined) return [];
      return [
        {
          statement: fit(statement, L.line, `the success statement of ${op.label}`),
          tiedTo: { kind: 'endpoint' as const, id: endpoint.id },
        },
      ];
    }),
    (c) => `${c.tiedTo.id} succeeds`,
  );

  return {
    id,
    name,
    primaryFunction,
    inputs: withIds(
      fitList(inputs, L.inputs, `${where}: inputs`, warnings).map((input) => ({
        name: fit(input.name, L.name, `the input "${input.name}"`),
        source: { kind: 'client' as const },
        format: fit(input.format, L.line, `the format of input "${input.name}"`),
      })),
      (i) => i.name,
    ),
    outputs: withIds(
      fitList(outputs, L.outputs, `${where}: outputs`, warnings).map((output) => ({
        name: fit(output, L.name, `the output "${output}"`),
        consumers: [],
      })),
      (o) => o.name,
    ),
    endpoints: fitList(endpoints, L.endpoints, `${where}: endpoints`, warnings),
    failureModes: withIds(
      fitList(failureModes, L.failureModes, `${where}: failure modes`, warnings).map((f) => ({
        status: f.status,
        retryable: f.retryable,
        condition: fit(f.condition, L.line, `the condition of a ${f.status} failure mode`),
        behaviour: fit(f.behaviour, L.line, `the behaviour of a ${f.status} failure mode`),
      })),
      (f) => `${f.status} ${f.condition}`,
    ),
    failSafes: [],
    ...(Object.keys(contract).length > 0 ? { contract } : {}),
    successCriteria: fitList(
      criteria.filter((c) => endpointKept(c, L.endpoints, endpoints)),
      L.successCriteria,
      `${where}: success criteria`,
      warnings,
    ),
  };
}

/** A criterion tied to an endpoint the limit cut would point nowhere. */
function endpointKept(criterion: SuccessCriterion, max: number, endpoints: Endpoint[]): boolean {
  const index = endpoints.findIndex((e) => e.id === criterion.tiedTo?.id);
  return index >= 0 && index < max;
}
