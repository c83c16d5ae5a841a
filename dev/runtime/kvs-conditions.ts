import { badRequest } from './kvs-error';
import type { Conditions, FilterCondition } from './kvs-requests';

type Comparable = string | number;

function comparable(value: unknown): value is Comparable {
  return typeof value === 'string' || typeof value === 'number';
}

function compare(actual: unknown, expected: unknown, test: (order: number) => boolean): boolean {
  if (!comparable(actual) || !comparable(expected) || typeof actual !== typeof expected)
    return false;
  if (actual === expected) return test(0);
  return test(actual < expected ? -1 : 1);
}

function holds(filter: FilterCondition, attributes: Record<string, unknown>): boolean {
  const actual = attributes[filter.property];
  const [first, second] = filter.values;
  switch (filter.condition) {
    case 'EXISTS':
      return actual !== undefined;
    case 'NOT_EXISTS':
      return actual === undefined;
    case 'EQUAL_TO':
      return actual === first;
    case 'NOT_EQUAL_TO':
      return actual !== first;
    case 'BEGINS_WITH':
      return typeof actual === 'string' && typeof first === 'string' && actual.startsWith(first);
    case 'CONTAINS':
      return typeof actual === 'string'
        ? typeof first === 'string' && actual.includes(first)
        : Array.isArray(actual) && actual.includes(first);
    case 'NOT_CONTAINS':
      return !(typeof actual === 'string'
        ? typeof first === 'string' && actual.includes(first)
        : Array.isArray(actual) && actual.includes(first));
    case 'GREATER_THAN':
      return compare(actual, first, (order) => order > 0);
    case 'GREATER_THAN_EQUAL_TO':
      return compare(actual, first, (order) => order >= 0);
    case 'LESS_THAN':
      return compare(actual, first, (order) => order < 0);
    case 'LESS_THAN_EQUAL_TO':
      return compare(actual, first, (order) => order <= 0);
    case 'BETWEEN':
      return (
        compare(actual, first, (order) => order >= 0) &&
        compare(actual, second, (order) => order <= 0)
      );
    default:
      return false;
  }
}

const KNOWN_CONDITIONS = new Set([
  'EXISTS',
  'NOT_EXISTS',
  'EQUAL_TO',
  'NOT_EQUAL_TO',
  'BEGINS_WITH',
  'CONTAINS',
  'NOT_CONTAINS',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
  'BETWEEN',
]);

/** Rejects malformed conditions, whether or not the entity they guard exists. */
export function validateConditions(conditions: Conditions): void {
  const { and, or } = conditions;
  if (and !== undefined && or !== undefined) {
    throw badRequest(
      'INVALID_FILTER_OPERATORS_COMBINATION',
      'Filter operators "and" and "or" cannot be present at the same level.',
    );
  }
  const filters = and ?? or ?? [];
  if (filters.length === 0) {
    throw badRequest('EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty.');
  }
  for (const filter of filters) {
    if (!KNOWN_CONDITIONS.has(filter.condition)) {
      throw badRequest(
        'INVALID_FILTER_CONDITION',
        `The condition ${filter.condition} is not supported.`,
      );
    }
    if (filter.condition === 'BETWEEN' && filter.values.length < 2) {
      throw badRequest('INSUFFICIENT_FILTER_VALUES', 'The BETWEEN condition needs two values.');
    }
  }
}

/**
 * Whether a custom entity's attributes meet a transaction's conditions (`{ and: [...] }` or
 * `{ or: [...] }`, as `@forge/kvs`'s `Filter` builds them).
 */
export function meetsConditions(
  conditions: Conditions,
  attributes: Record<string, unknown>,
): boolean {
  validateConditions(conditions);
  const { and, or } = conditions;
  const filters = and ?? or ?? [];
  return and !== undefined
    ? filters.every((filter) => holds(filter, attributes))
    : filters.some((filter) => holds(filter, attributes));
}
