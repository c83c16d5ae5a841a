import { isBlankText } from '../../text/is-blank';
import {
  bulletList,
  code,
  codeBlock,
  paragraph,
  strong,
  table,
  taskList,
  text,
  type Inline,
  type InlineInput,
  type LocalIds,
} from '../../adf/adf-nodes';
import type { InputSource, Service, SuccessCriterion } from '../../draft/scoping-schema';
import { FAIL_SAFE_LABELS } from '../../draft/fail-safe-labels';
import { endpointOpenApiFragment, openApiFromDraft } from '../../openapi/openapi-from-draft';
import { emptyDraft } from '../../draft/empty-draft';
import { statusInfo, statusLabel } from '../../http/http-status-catalog';
import type { AdfNode } from '../../plan';
import { cleanLine, cleanTrimmed } from '../../text/clean-text';
import type { DescriptionSection } from '../../template/description-section';
import {
  relatedServiceNames,
  serviceName,
  type FeatureContext,
  type ItemContext,
} from '../plan-context';

const blank = isBlankText;

export function serviceSummary(item: ItemContext): AdfNode[] {
  const service = item.service;
  if (!service) return [];
  const dependsOn = relatedServiceNames(
    item.feature.dependencies.get(service.id) ?? [],
    item.feature,
  );
  const dependents = relatedServiceNames(
    item.feature.dependents.get(service.id) ?? [],
    item.feature,
  );
  return [
    ...(blank(service.primaryFunction) ? [] : [paragraph(cleanTrimmed(service.primaryFunction))]),
    ...(dependsOn.length === 0
      ? []
      : [paragraph([...strong('Depends on:'), ` ${dependsOn.join(', ')}`])]),
    ...(dependents.length === 0
      ? []
      : [paragraph([...strong('Used by:'), ` ${dependents.join(', ')}`])]),
  ];
}

function sourceLabel(source: InputSource, feature: FeatureContext): string {
  switch (source.kind) {
    case 'client':
      return 'the client';
    case 'external':
      return blank(source.system) ? 'an external system' : cleanTrimmed(source.system);
    case 'service': {
      const provider = feature.serviceById.get(source.serviceId);
      // Readiness reports it (input-from-unknown-service); the ticket names no id.
      if (!provider) return 'a service not in this draft';
      const output = provider.outputs.find((candidate) => candidate.id === source.outputId);
      const name = serviceName(provider, feature);
      return output && !blank(output.name) ? `${name} (${cleanTrimmed(output.name)})` : name;
    }
  }
}

export function inputs(item: ItemContext): AdfNode[] {
  const service = item.service;
  if (!service) return [];
  return bulletList(
    service.inputs.map((input) => [
      ...strong(cleanTrimmed(input.name)),
      ` from ${sourceLabel(input.source, item.feature)}`,
      ...(blank(input.format) ? [] : ['; format: ', ...code(cleanTrimmed(input.format))]),
    ]),
  );
}

export function outputs(item: ItemContext): AdfNode[] {
  const service = item.service;
  if (!service) return [];
  return bulletList(
    service.outputs.map((output) => {
      const consumers = output.consumers.filter((c) => !blank(c)).map((c) => cleanTrimmed(c));
      return [
        ...strong(cleanTrimmed(output.name)),
        consumers.length === 0 ? '' : ` for ${consumers.join(', ')}`,
      ];
    }),
  );
}

const endpointLine = (method: string, path: string) => `${method} ${cleanTrimmed(path)}`.trim();

export function endpoints(item: ItemContext): AdfNode[] {
  const service = item.service;
  if (!service) return [];
  return bulletList(
    service.endpoints.map((endpoint) => [
      ...code(endpointLine(endpoint.method, endpoint.path)),
      blank(endpoint.summary) ? '' : `: ${cleanTrimmed(endpoint.summary)}`,
    ]),
  );
}

/** The failure table every backend ticket needs: condition | status | behaviour. */
export function failureModes(
  section: Extract<DescriptionSection, { kind: 'failure-modes' }>,
  item: ItemContext,
): AdfNode[] {
  const service = item.service;
  if (!service) return [];
  const rows: InlineInput[][] = [
    ...service.failureModes.map((mode) => [
      cleanTrimmed(mode.condition),
      strong(statusLabel(mode.status)),
      `${cleanTrimmed(mode.behaviour)}${mode.retryable ? ' (retryable)' : ''}`,
    ]),
    ...section.standardFailures.map((failure) => [failure.condition, '—', failure.behaviour]),
  ];
  return rows.length === 0 ? [] : [table(['Condition', 'Status', 'Behaviour'], rows)];
}

/** One line of the catalog's guidance for each status the service answers with. */
export function statusGuidance(item: ItemContext): AdfNode[] {
  const service = item.service;
  if (!service) return [];
  const statuses = [...new Set(service.failureModes.map((mode) => mode.status))].sort(
    (a, b) => a - b,
  );
  return bulletList(
    statuses.map((status) => {
      const info = statusInfo(status);
      return [...strong(statusLabel(status)), info ? `: ${info.guidance}` : ''];
    }),
  );
}

export function failSafes(item: ItemContext): AdfNode[] {
  const service = item.service;
  if (!service) return [];
  return bulletList(
    service.failSafes.map((safe) => [
      ...strong(FAIL_SAFE_LABELS[safe.kind]),
      blank(safe.note) ? '' : `: ${cleanTrimmed(safe.note)}`,
    ]),
  );
}

/**
 * A criterion's statement, and what it is tied to when it names an endpoint or failure
 * (left out where the reader already knows, as on the endpoint's own sub-task).
 */
export function criterionText(
  criterion: SuccessCriterion,
  service: Service,
  showTarget = true,
): Inline[] {
  // A blank criterion blocks planning (readiness); callers leave one out all the same.
  const statement = text(cleanLine(criterion.statement));
  const target = criterion.tiedTo;
  if (!target || !showTarget) return statement;
  if (target.kind === 'endpoint') {
    const endpoint = service.endpoints.find((candidate) => candidate.id === target.id);
    return endpoint
      ? [...statement, ...text(' — '), ...code(endpointLine(endpoint.method, endpoint.path))]
      : statement;
  }
  const mode = service.failureModes.find((candidate) => candidate.id === target.id);
  return mode ? [...statement, ...text(` — on ${statusLabel(mode.status)}`)] : statement;
}

export function successCriteria(item: ItemContext, ids: LocalIds): AdfNode[] {
  const service = item.service;
  if (!service) return [];
  return taskList(
    ids.next('tasks'),
    service.successCriteria
      .filter((criterion) => !blank(criterion.statement))
      .map((criterion) => ({
        localId: ids.next('task'),
        content: criterionText(criterion, service),
      })),
  );
}

export function endpoint(item: ItemContext): AdfNode[] {
  const { endpoint: current } = item;
  if (!current) return [];
  return [
    codeBlock(endpointLine(current.method, current.path), 'http'),
    ...(blank(current.summary) ? [] : [paragraph(cleanTrimmed(current.summary))]),
  ];
}

/**
 * The endpoint's part of the OpenAPI skeleton (method, path, parameters, request, responses per
 * failure mode, security), the same the Scoping export writes, as a code block the ticket carries.
 */
export function endpointOpenApi(item: ItemContext): AdfNode[] {
  const { service, endpoint: current } = item;
  if (!service || !current) return [];
  const fragment = endpointOpenApiFragment(service, current);
  if (Object.keys(fragment).length === 0) return [];
  const document = openApiFromDraft({ ...emptyDraft(), scoping: { services: [service] } });
  return [codeBlock(JSON.stringify(selfContained(fragment, document), null, 2), 'json')];
}

/**
 * The service's endpoints as the OpenAPI skeleton's `paths` (parameters, request, responses per
 * failure mode), the same the Scoping export writes: the contract ticket's endpoints, in full.
 */
export function serviceOpenApi(item: ItemContext): AdfNode[] {
  const { service } = item;
  if (!service || service.endpoints.length === 0) return [];
  const document = openApiFromDraft({ ...emptyDraft(), scoping: { services: [service] } });
  const paths = document.paths as Record<string, unknown> | undefined;
  if (!paths || Object.keys(paths).length === 0) return [];
  return [codeBlock(JSON.stringify(selfContained(paths, document), null, 2), 'json')];
}

/** Every `#/components/schemas/<name>` a fragment refers to, directly or through another. */
function referencedSchemas(fragment: unknown, schemas: Record<string, unknown>): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const name =
        key === '$ref' && typeof value === 'string'
          ? /^#\/components\/schemas\/(.+)$/.exec(value)?.[1]
          : undefined;
      if (name !== undefined && !found.has(name) && name in schemas) {
        found.add(name);
        visit(schemas[name]);
      } else {
        visit(value);
      }
    }
  };
  visit(fragment);
  return [...found].sort();
}

/**
 * A part of the skeleton as a reader can use it on its own: its `paths`, and the component
 * schemas they refer to, so no `$ref` in the ticket points at something it does not have.
 */
function selfContained(paths: unknown, document: Record<string, unknown>): unknown {
  const components = document.components as { schemas?: Record<string, unknown> } | undefined;
  const schemas = components?.schemas ?? {};
  const names = referencedSchemas(paths, schemas);
  return names.length === 0
    ? { paths }
    : { paths, components: { schemas: Object.fromEntries(names.map((n) => [n, schemas[n]])) } };
}

export function endpointSuccessCriteria(item: ItemContext, ids: LocalIds): AdfNode[] {
  const { service, endpoint: current } = item;
  if (!service || !current) return [];
  const tied = service.successCriteria.filter(
    (criterion) =>
      criterion.tiedTo?.kind === 'endpoint' &&
      criterion.tiedTo.id === current.id &&
      !blank(criterion.statement),
  );
  return taskList(
    ids.next('tasks'),
    tied.map((criterion) => ({
      localId: ids.next('task'),
      content: criterionText(criterion, service, false),
    })),
  );
}

/**
 * Error handling's "done when": each failure as the answer to check (condition → status →
 * behaviour), then the success criteria tied to a failure.
 */
export function failureChecklist(item: ItemContext, ids: LocalIds): AdfNode[] {
  const service = item.service;
  if (!service) return [];
  const failures = service.failureModes
    .filter((mode) => !blank(mode.condition))
    .map((mode) => ({
      localId: ids.next('task'),
      content: [
        `${cleanLine(mode.condition)} → `,
        ...strong(statusLabel(mode.status)),
        blank(mode.behaviour) ? '' : `: ${cleanLine(mode.behaviour)}`,
        mode.retryable ? ' (retryable)' : '',
      ],
    }));
  const tied = service.successCriteria
    .filter((criterion) => criterion.tiedTo?.kind === 'failure-mode' && !blank(criterion.statement))
    .map((criterion) => ({
      localId: ids.next('task'),
      content: criterionText(criterion, service),
    }));
  return taskList(ids.next('tasks'), [...failures, ...tied]);
}
