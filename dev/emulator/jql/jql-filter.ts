/**
 * Turns a parsed JQL query into a filter and an ordering over the caller's visible issues.
 * Values are resolved first, so a project, issue type or issue that does not exist (or that the
 * caller cannot see) is refused with Jira's message, as Jira does.
 */
import type { JiraStore } from '../jira-store';
import type { StoredIssue } from '../model';
import { JqlError } from './jql-error';
import type { JqlClause, JqlExpression, JqlQuery } from './jql-parser';

export type IssuePredicate = (issue: StoredIssue) => boolean;

const notSupported = (operator: string, field: string) =>
  new JqlError(`The operator '${operator}' is not supported by the '${field}' field.`);

const noSuchField = (field: string) =>
  new JqlError(`Field '${field}' does not exist or you do not have permission to view it.`);

interface Context {
  store: JiraStore;
  accountId: string;
}

const browsable = (ctx: Context, projectId: string) =>
  ctx.store.permissions.has(ctx.accountId, projectId, 'BROWSE_PROJECTS');

function projectIds(ctx: Context, values: string[]): Set<string> {
  return new Set(
    values.map((value) => {
      const project =
        ctx.store.project(value) ??
        ctx.store.projects().find((p) => p.name.toLowerCase() === value.toLowerCase());
      if (!project || !browsable(ctx, project.id))
        throw new JqlError(`The value '${value}' does not exist for the field 'project'.`);
      return project.id;
    }),
  );
}

function issueTypeIds(ctx: Context, values: string[]): Set<string> {
  const types = ctx.store
    .projects()
    .filter((p) => browsable(ctx, p.id))
    .flatMap((p) => p.issueTypes);
  const ids = new Set<string>();
  for (const value of values) {
    const matching = types.filter(
      (t) => t.id === value || t.name.toLowerCase() === value.toLowerCase(),
    );
    if (matching.length === 0)
      throw new JqlError(`The value '${value}' does not exist for the field 'issuetype'.`);
    for (const t of matching) ids.add(t.id);
  }
  return ids;
}

function issueIds(ctx: Context, values: string[], field: string): Set<string> {
  return new Set(
    values.map((value) => {
      const issue = ctx.store.issue(value);
      if (!issue || !browsable(ctx, issue.projectId))
        throw new JqlError(`An issue with key '${value}' does not exist for field '${field}'.`);
      return issue.id;
    }),
  );
}

function propertyValue(issue: StoredIssue, key: string, path: string[]): unknown {
  let value: unknown = issue.properties.get(key);
  for (const segment of path) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[segment]
        : undefined;
  }
  return value;
}

const asText = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;

const DURATION = /^-(\d+)([mhdw])$/;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/**
 * `created`/`updated` against a relative date ("-5m", "-2h", "-1d", "-1w": that long before now,
 * Atlassian's "JQL fields" page, Created/Updated). Absolute dates are in the searcher's time zone
 * in Jira; the emulator has no time zones, so it refuses them rather than guess.
 */
function datePredicate(
  ctx: Context,
  clause: JqlClause,
  field: 'created' | 'updated',
): IssuePredicate {
  const { operator, values } = clause;
  if (!['<', '>', '<=', '>='].includes(operator) || values.length !== 1)
    throw notSupported(operator, field);
  const value = values[0] ?? '';
  const match = DURATION.exec(value.trim());
  if (match === null)
    throw new JqlError(
      `Date value '${value}' for field '${field}' is invalid. The emulator accepts relative dates such as "-5m", "-2h", "-1d" or "-1w".`,
    );
  const at = ctx.store.time() - Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
  const timeOf = (i: StoredIssue) => Date.parse(i[field]);
  switch (operator) {
    case '<':
      return (i) => timeOf(i) < at;
    case '>':
      return (i) => timeOf(i) > at;
    case '<=':
      return (i) => timeOf(i) <= at;
    default:
      return (i) => timeOf(i) >= at;
  }
}

/** A clause as a test of membership (`=`/`in`), or of emptiness (`is EMPTY`). */
function clausePredicate(ctx: Context, clause: JqlClause): IssuePredicate {
  const { field, operator, values } = clause;
  if (field.kind === 'name' && (field.name === 'created' || field.name === 'updated'))
    return datePredicate(ctx, clause, field.name);
  const fieldName = field.kind === 'name' ? field.name : `issue.property[${field.key}]`;
  const isEmptyTest = operator === 'is' || operator === 'is not';
  const listTest =
    operator === '=' || operator === 'in' || operator === '!=' || operator === 'not in';
  if (!isEmptyTest && !listTest) throw notSupported(operator, fieldName);

  let contains: IssuePredicate;
  let isEmpty: IssuePredicate | undefined;
  if (field.kind === 'property') {
    const wanted = new Set(values);
    contains = (i) => {
      const v = asText(propertyValue(i, field.key, field.path));
      return v !== undefined && wanted.has(v);
    };
    isEmpty = (i) => propertyValue(i, field.key, field.path) === undefined;
  } else {
    switch (field.name) {
      case 'project': {
        const ids = isEmptyTest ? new Set<string>() : projectIds(ctx, values);
        contains = (i) => ids.has(i.projectId);
        break;
      }
      case 'issuetype':
      case 'type': {
        const ids = isEmptyTest ? new Set<string>() : issueTypeIds(ctx, values);
        contains = (i) => ids.has(i.issueTypeId);
        break;
      }
      case 'key':
      case 'issuekey':
      case 'id': {
        const ids = isEmptyTest ? new Set<string>() : issueIds(ctx, values, field.name);
        contains = (i) => ids.has(i.id);
        break;
      }
      case 'parent': {
        const ids = isEmptyTest ? new Set<string>() : issueIds(ctx, values, 'parent');
        contains = (i) => i.parentId !== null && ids.has(i.parentId);
        isEmpty = (i) => i.parentId === null;
        break;
      }
      case 'labels': {
        const wanted = new Set(values);
        contains = (i) => i.labels.some((l) => wanted.has(l));
        isEmpty = (i) => i.labels.length === 0;
        break;
      }
      case 'summary':
      case 'description':
        throw notSupported(operator, field.name);
      default:
        throw noSuchField(field.name);
    }
  }
  if (isEmptyTest) {
    if (!isEmpty) throw notSupported(operator, fieldName);
    const test = isEmpty;
    return operator === 'is' ? test : (i) => !test(i);
  }
  if ((operator === '=' || operator === '!=') && values.length !== 1)
    throw notSupported(operator, fieldName);
  return operator === '=' || operator === 'in' ? contains : (i) => !contains(i);
}

function predicate(ctx: Context, expression: JqlExpression): IssuePredicate {
  switch (expression.kind) {
    case 'clause':
      return clausePredicate(ctx, expression);
    case 'not': {
      const inner = predicate(ctx, expression.expression);
      return (i) => !inner(i);
    }
    case 'and': {
      const [l, r] = [predicate(ctx, expression.left), predicate(ctx, expression.right)];
      return (i) => l(i) && r(i);
    }
    case 'or': {
      const [l, r] = [predicate(ctx, expression.left), predicate(ctx, expression.right)];
      return (i) => l(i) || r(i);
    }
  }
}

type Comparator = (a: StoredIssue, b: StoredIssue) => number;

function keyOrder(store: JiraStore): Comparator {
  return (a, b) => {
    const [pa, pb] = [store.projectById(a.projectId).key, store.projectById(b.projectId).key];
    if (pa !== pb) return pa < pb ? -1 : 1;
    return Number(a.key.split('-')[1]) - Number(b.key.split('-')[1]);
  };
}

function comparator(store: JiraStore, field: string): Comparator {
  switch (field) {
    case 'key':
    case 'issuekey':
      return keyOrder(store);
    case 'created':
    case 'updated':
    case 'id':
      return (a, b) => a.seq - b.seq;
    case 'summary':
      return (a, b) => a.summary.localeCompare(b.summary);
    case 'project':
      return (a, b) =>
        store.projectById(a.projectId).key.localeCompare(store.projectById(b.projectId).key);
    default:
      throw noSuchField(field);
  }
}

export interface JqlSearch {
  matches: IssuePredicate;
  compare: Comparator;
}

/** Without ORDER BY, newest first (`created DESC`). */
export function compileJql(store: JiraStore, accountId: string, query: JqlQuery): JqlSearch {
  const ctx = { store, accountId };
  const where = query.where;
  const matches: IssuePredicate = where === undefined ? () => true : predicate(ctx, where);
  const sorts =
    query.orderBy.length > 0 ? query.orderBy : [{ field: 'created', direction: 'DESC' as const }];
  const comparators = sorts.map(({ field, direction }) => {
    const compare = comparator(store, field);
    return direction === 'ASC' ? compare : (a: StoredIssue, b: StoredIssue) => compare(b, a);
  });
  return {
    matches: (i) => browsable(ctx, i.projectId) && matches(i),
    compare: (a, b) => {
      for (const compare of comparators) {
        const order = compare(a, b);
        if (order !== 0) return order;
      }
      return a.seq - b.seq;
    },
  };
}
