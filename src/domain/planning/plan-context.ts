import { deriveDependencies, deriveDependents } from '../dependencies/derive-dependencies';
import { cleanLine } from '../text/clean-text';
import type { SpikeDecision } from '../draft/discovery-schema';
import type { Draft } from '../draft/draft-schema';
import type { Endpoint, Service } from '../draft/scoping-schema';
import type { RuleFacts } from '../template/inclusion-rule';
import type { Template } from '../template/template-schema';

/** What rendering and inclusion need about the draft, derived once per plan. */
export interface FeatureContext {
  draft: Draft;
  template: Template;
  /** Service ids in plan order: topological by dependency. */
  order: string[];
  serviceById: ReadonlyMap<string, Service>;
  dependencies: ReadonlyMap<string, string[]>;
  dependents: ReadonlyMap<string, string[]>;
  /** Who "the reporter" and "the runner" are, for assignee defaults. */
  people: { runner?: string; reporter?: string };
  /**
   * Services the team excluded: none of their items is created, so the feature's own tickets
   * (the epic's overview, the sign-off's criteria, the service count) leave them out too.
   */
  excludedServices: ReadonlySet<string>;
  /**
   * Where the tickets belong in Jira, for their "why": the issue the breakdown was planned from
   * and the epic when it exists already (a new epic has no key until it is created).
   */
  origin: { issueKey?: string; epicKey?: string };
}

/** An epic's child story a fan-out sub-task is made for: what a reader of the sub-task needs of it. */
export interface ChildContext {
  key: string;
  summary: string;
  /** Its description's paragraphs that say what it is about (not its acceptance criteria). */
  paragraphs: string[];
  acceptanceCriteria: string[];
  epic: { key: string; summary: string };
}

/** The context of one plan item: the feature, and for per-service items its service/endpoint. */
export interface ItemContext {
  feature: FeatureContext;
  itemName: string;
  service?: Service;
  endpoint?: Endpoint;
  /** The service's own issue (its "why" need not name the service again). */
  serviceStory?: true;
  /** Set for a fan-out sub-task: the child story it is made under (then `service` stands for it). */
  child?: ChildContext;
}

export function featureContext(
  draft: Draft,
  template: Template,
  order: string[],
  people: FeatureContext['people'] = {},
  excludedServices: ReadonlySet<string> = new Set(),
  origin: FeatureContext['origin'] = {},
): FeatureContext {
  const dependencies = new Map(deriveDependencies(draft).map((d) => [d.serviceId, d.dependsOn]));
  return {
    draft,
    template,
    order,
    serviceById: new Map(draft.scoping.services.map((service) => [service.id, service])),
    dependencies,
    dependents: deriveDependents(draft),
    people,
    excludedServices,
    origin,
  };
}

export function spikeKindLabel(spike: SpikeDecision): string {
  switch (spike.kind) {
    case 'none':
      return 'No spike';
    case 'prototype':
      return 'Prototype';
    case 'openapi-sketch':
      return 'OpenAPI sketch';
  }
}

export function timeboxLabel(spike: SpikeDecision): string {
  if (spike.kind === 'none') return '';
  return `${spike.timeboxDays} ${spike.timeboxDays === 1 ? 'day' : 'days'}`;
}

/**
 * A service's display name: what the team called it, or while it has none its place as the
 * Scoping card shows it ("Service 3"), never its id.
 */
export function serviceName(service: Service, feature: FeatureContext): string {
  const name = cleanLine(service.name);
  if (name !== '') return name;
  const index = feature.draft.scoping.services.findIndex((other) => other.id === service.id);
  return `Service ${index + 1}`;
}

/** The names of the services with these ids; an id the draft does not have is left out. */
export function namesOf(ids: readonly string[], feature: FeatureContext): string[] {
  return ids.flatMap((id) => {
    const service = feature.serviceById.get(id);
    return service ? [serviceName(service, feature)] : [];
  });
}

/** The services the breakdown creates, in plan order: every one the team did not exclude. */
export function includedServiceIds(feature: FeatureContext): string[] {
  return feature.order.filter((id) => !feature.excludedServices.has(id));
}

/**
 * Names of services for a ticket's "depends on" and "used by": an excluded one is still part of
 * the system, but the reader should not look for its ticket in this breakdown.
 */
export function relatedServiceNames(ids: readonly string[], feature: FeatureContext): string[] {
  return namesOf(ids, feature).map((name, index) =>
    feature.excludedServices.has(ids[index] ?? '') ? `${name} (not in this breakdown)` : name,
  );
}

/** "inputs, outputs and endpoints", or the part of it the service has ("contract" for none). */
export function contractParts(service: Service): string {
  const parts = [
    service.inputs.length > 0 ? 'inputs' : '',
    service.outputs.length > 0 ? 'outputs' : '',
    service.endpoints.length > 0 ? 'endpoints' : '',
  ].filter((part) => part !== '');
  if (parts.length === 0) return 'contract';
  const last = parts.pop() as string;
  return parts.length === 0 ? last : `${parts.join(', ')} and ${last}`;
}

/** Values for every placeholder the item's scope provides. */
export function placeholderValues(item: ItemContext): Record<string, string> {
  const { draft, template } = item.feature;
  const { discovery } = draft;
  const spike = discovery.spike;
  const values: Record<string, string> = {
    'feature.title': discovery.featureTitle.trim(),
    'feature.problem': discovery.problem.trim(),
    'feature.outcome': discovery.outcome.trim(),
    'feature.serviceCount': String(includedServiceIds(item.feature).length),
    'spike.kind': spikeKindLabel(spike),
    'spike.timebox': timeboxLabel(spike),
    'spike.goal': spike.kind === 'none' ? '' : spike.goal.trim(),
    'template.name': template.name,
    'item.name': item.itemName,
  };
  if (item.service) {
    const service = item.service;
    const dependsOn = namesOf(item.feature.dependencies.get(service.id) ?? [], item.feature);
    values['service.id'] = service.id;
    values['service.name'] = serviceName(service, item.feature);
    values['service.primaryFunction'] = service.primaryFunction.trim();
    values['service.dependsOn'] = dependsOn.length === 0 ? 'none' : dependsOn.join(', ');
    values['service.contractParts'] = contractParts(service);
    values['service.endpointCount'] = String(service.endpoints.length);
  }
  if (item.endpoint) {
    values['endpoint.method'] = item.endpoint.method;
    values['endpoint.path'] = item.endpoint.path.trim();
    values['endpoint.summary'] = item.endpoint.summary.trim();
  }
  return values;
}

/** The facts an inclusion rule may ask about, for the item's scope. */
export function ruleFacts(item: ItemContext): RuleFacts {
  const { draft, dependencies, dependents } = item.feature;
  const { discovery } = draft;
  const facts: RuleFacts = {
    spikeKind: discovery.spike.kind,
    draft: {
      services: draft.scoping.services.length > 0,
      stakeholders: discovery.stakeholders.length > 0,
      scenarios: discovery.scenarios.length > 0,
      openQuestions: discovery.openQuestions.length > 0,
      unresolvedQuestions: discovery.openQuestions.some((question) => !question.resolved),
    },
  };
  const service = item.service;
  if (service) {
    facts.service = {
      inputs: service.inputs.length > 0,
      outputs: service.outputs.length > 0,
      endpoints: service.endpoints.length > 0,
      failureModes: service.failureModes.length > 0,
      failSafes: service.failSafes.length > 0,
      successCriteria: service.successCriteria.length > 0,
      dependencies: (dependencies.get(service.id) ?? []).length > 0,
      dependents: (dependents.get(service.id) ?? []).length > 0,
    };
  }
  if (item.endpoint) facts.endpointMethod = item.endpoint.method;
  return facts;
}
