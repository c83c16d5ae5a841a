import { validate } from '@readme/openapi-parser';
import {
  DRAFT_LIMITS,
  openApiFromDraft,
  scopingFromOpenApi,
  type Endpoint,
  type Service,
} from '../../../src/domain';
import { readOpenApi } from '../../../src/resolvers/openapi/read-openapi-document';
import { aDraftWith } from '../../support/draft-builders';
import { REPOSITORY_SPECS } from '../../support/openapi-fixtures';
import { redoclyProblems, type LintProblem } from '../../support/redocly-lint';

/** Every service of a document, `DRAFT_LIMITS.services` at a time, as the picker reads them. */
async function importAll(text: string): Promise<Service[][]> {
  const { api } = await readOpenApi(text);
  const { groups } = scopingFromOpenApi(api, []);
  const batches: Service[][] = [];
  for (let start = 0; start < groups.length; start += DRAFT_LIMITS.services) {
    const chosen = groups.slice(start, start + DRAFT_LIMITS.services).map((g) => g.name);
    batches.push(scopingFromOpenApi(api, [], chosen).services);
  }
  return batches;
}

const successStatus = (e: Endpoint) =>
  e.contract?.responses?.find((r) => /^2/.test(r.status))?.status;

/** What a round trip must keep of an endpoint: the contract as the document stated it. */
const endpointEssentials = (e: Endpoint) => ({
  endpoint: `${e.method} ${e.path}`,
  operationId: e.contract?.operationId,
  success: successStatus(e),
  parameters: [...(e.contract?.parameters ?? [])].sort((a, b) =>
    `${a.in}:${a.name}`.localeCompare(`${b.in}:${b.name}`),
  ),
  // No security stated and an empty list both mean public.
  security: e.contract?.security ?? [],
  request: e.contract?.request,
});

const serviceEssentials = (s: Service) => ({
  name: s.name,
  endpoints: s.endpoints.map(endpointEssentials),
  failureStatuses: [...new Set(s.failureModes.map((f) => f.status))].sort(),
  servers: s.contract?.servers,
  schemes: s.contract?.securitySchemes,
});

describe.each(Object.keys(REPOSITORY_SPECS))('the export of the import of %s', (name) => {
  let batches: Service[][];
  /** Redocly's errors in the document itself (Jira's paths that differ only by a parameter name). */
  let inherited: Set<string>;
  const key = (p: LintProblem) => `${p.rule} ${p.pointer ?? ''}`;
  beforeAll(async () => {
    const text = (REPOSITORY_SPECS[name] as () => string)();
    batches = await importAll(text);
    inherited = new Set(
      (await redoclyProblems(text)).filter((p) => p.severity === 'error').map(key),
    );
  });

  it('validates, passes Redocly’s recommended rules, and imports back the same', async () => {
    for (const services of batches) {
      const document = openApiFromDraft(aDraftWith(services));
      const independent = await validate(structuredClone(document) as never);
      expect(independent.valid ? [] : independent.errors).toEqual([]);
      const lint = await redoclyProblems(document);
      // No error of the export's own making: only those the document itself has.
      expect(lint.filter((p) => p.severity === 'error' && !inherited.has(key(p)))).toEqual([]);

      const back = await readOpenApi(JSON.stringify(document));
      // One service at a time: together they may pass the draft's storage cap, which is the
      // draft's limit, not the export's.
      const again = services.flatMap(
        (service) => scopingFromOpenApi(back.api, [], [service.name]).services,
      );
      // An operation the document gave no operationId gets one in the export.
      const generatedIds = again.map((service, s) => ({
        ...service,
        endpoints: service.endpoints.map((endpoint, e) =>
          services[s]?.endpoints[e]?.contract?.operationId === undefined && endpoint.contract
            ? { ...endpoint, contract: { ...endpoint.contract, operationId: undefined } }
            : endpoint,
        ),
      }));
      expect(generatedIds.map(serviceEssentials)).toEqual(services.map(serviceEssentials));
      // Every status the document declared is declared again (the export adds the failures the
      // import derived, such as a secured operation's 401 and 403).
      for (const [s, service] of services.entries()) {
        for (const [e, endpoint] of service.endpoints.entries()) {
          const before = (endpoint.contract?.responses ?? []).map((r) => r.status);
          const after = (again[s]?.endpoints[e]?.contract?.responses ?? []).map((r) => r.status);
          expect(after).toEqual(expect.arrayContaining(before));
        }
      }
    }
  });
});
