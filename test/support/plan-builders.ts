/**
 * Builders of realistic Plans for executor tests, made directly (not through `buildPlan`), in the
 * shape `buildPlan` produces: an epic, one standard issue per service under it, sub-tasks per
 * service, and `blocks` links between services (service-k consumes service-(k−1)'s output).
 */
import { estimatePlan } from '../../src/domain';
import type {
  AdfDoc,
  IssueRole,
  IssueTypeInfo,
  Plan,
  PlanItem,
  PlanLink,
} from '../../src/domain/plan';
import { LEVEL_OF_ROLE } from '../../src/domain/plan';
import { SHOP_ISSUE_TYPES } from './draft-builders';

export { SHOP_ISSUE_TYPES, TEAM_ISSUE_TYPES, VENTAS_ISSUE_TYPES } from './draft-builders';

export interface PlanShape {
  /** Services, each a standard issue under the epic. Default 8. */
  services?: number;
  /** Sub-tasks per service. Default 4. */
  itemsPerService?: number;
  /** `blocks` links between services: a chain first, then skip links. Default services − 1. */
  links?: number;
  /** Standard issues under the epic that belong to no service (e.g. a spike). Default 0. */
  extraItems?: number;
  projectId?: string;
  issueTypes?: readonly IssueTypeInfo[];
  planId?: string;
  templateVersion?: number;
}

export const ITEM_KEYS = [
  'contract',
  'errors',
  'validation',
  'build',
  'docs',
  'rollout',
  'tests',
  'review',
];

export function anAdfDoc(text: string): AdfDoc {
  return {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  };
}

function typeFor(types: readonly IssueTypeInfo[], role: IssueRole): IssueTypeInfo {
  const level = LEVEL_OF_ROLE[role];
  const type = types.find((t) => t.hierarchyLevel === level && t.subtask === (role === 'subtask'));
  if (!type) throw new Error(`no issue type for ${role} in the given types`);
  return type;
}

/** The blocks links of `count` between `services` services: the chain first, then skips. */
export function serviceLinks(services: number, count: number): PlanLink[] {
  const pairs: [number, number][] = [];
  for (let step = 1; pairs.length < count && step < services; step++) {
    for (let to = step; to < services && pairs.length < count; to++) pairs.push([to - step, to]);
  }
  if (pairs.length < count)
    throw new Error(`${services} services allow at most ${pairs.length} links`);
  return pairs.map(([from, to]) => ({
    type: 'blocks',
    from: { kind: 'item', localId: `service:service-${from + 1}` },
    to: { kind: 'item', localId: `service:service-${to + 1}` },
  }));
}

export function aPlan(shape: PlanShape = {}): Plan {
  const services = shape.services ?? 8;
  const itemsPerService = shape.itemsPerService ?? 4;
  const types = shape.issueTypes ?? SHOP_ISSUE_TYPES;
  const item = (
    localId: string,
    role: IssueRole,
    parent: PlanItem['parent'],
    summary: string,
    source: PlanItem['source'],
  ): PlanItem => ({
    localId,
    role,
    level: LEVEL_OF_ROLE[role],
    issueTypeId: typeFor(types, role).id,
    parent,
    fields: {
      summary,
      description: anAdfDoc(`${summary}.`),
      labels: ['backend-breakdown'],
      components: [],
    },
    source,
  });

  const items: PlanItem[] = [
    item('epic', 'epic', null, 'Checkout revamp: backend', { kind: 'epic' }),
  ];
  const underEpic = { kind: 'item' as const, localId: 'epic' };
  for (let s = 1; s <= services; s++) {
    items.push(
      item(`service:service-${s}`, 'standard', underEpic, `Service ${s}: serve checkout data`, {
        kind: 'service',
        serviceId: `service-${s}`,
      }),
    );
  }
  for (let e = 1; e <= (shape.extraItems ?? 0); e++) {
    items.push(
      item(`extra:spike-${e}`, 'standard', underEpic, `Spike ${e}: confirm the approach`, {
        kind: 'extra',
        itemKey: `spike-${e}`,
      }),
    );
  }
  for (let s = 1; s <= services; s++) {
    for (let k = 0; k < itemsPerService; k++) {
      const base = ITEM_KEYS[k % ITEM_KEYS.length] ?? 'item';
      const key = k >= ITEM_KEYS.length ? `${base}-${Math.floor(k / ITEM_KEYS.length)}` : base;
      items.push(
        item(
          `service:service-${s}/${key}`,
          'subtask',
          { kind: 'item', localId: `service:service-${s}` },
          `Service ${s}: ${key}`,
          {
            kind: 'service-item',
            serviceId: `service-${s}`,
            itemKey: key,
          },
        ),
      );
    }
  }
  const links = serviceLinks(services, shape.links ?? Math.max(0, services - 1));
  return {
    planId:
      shape.planId ??
      `plan-${services}x${itemsPerService}-${Math.random().toString(36).slice(2, 10)}`,
    projectId: shape.projectId ?? '10000',
    templateId: 'four-items',
    templateVersion: shape.templateVersion ?? 1,
    items,
    links,
    estimate: estimatePlan(items, links),
  };
}

/** The executor's reference plan: epic, 8 services as stories, 4 sub-tasks each, 7 links (41 issues). */
export function the41IssuePlan(overrides: PlanShape = {}): Plan {
  return aPlan({ services: 8, itemsPerService: 4, links: 7, ...overrides });
}
