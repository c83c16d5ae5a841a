/**
 * Where a template text is rendered. Scopes nest: a service item also sees the feature's
 * placeholders, and a per-endpoint item also sees its service's.
 */
export type PatternScope = 'feature' | 'service' | 'endpoint';

export interface PlaceholderInfo {
  name: string;
  scope: PatternScope;
  description: string;
}

/** Every placeholder a template may use, with the narrowest scope that provides it. */
export const KNOWN_PLACEHOLDERS: readonly PlaceholderInfo[] = [
  { name: 'feature.title', scope: 'feature', description: 'The feature title from discovery' },
  { name: 'feature.problem', scope: 'feature', description: 'The problem or goal' },
  { name: 'feature.outcome', scope: 'feature', description: 'The intended, measurable outcome' },
  { name: 'feature.serviceCount', scope: 'feature', description: 'How many services are scoped' },
  {
    name: 'spike.kind',
    scope: 'feature',
    description: '"Prototype", "OpenAPI sketch" or "No spike"',
  },
  { name: 'spike.timebox', scope: 'feature', description: 'The spike timebox, e.g. "2 days"' },
  { name: 'spike.goal', scope: 'feature', description: 'What the spike should answer' },
  { name: 'template.name', scope: 'feature', description: 'The name of the template in use' },
  { name: 'item.name', scope: 'feature', description: "The template item's own name" },
  { name: 'service.id', scope: 'service', description: "The service's stable id" },
  { name: 'service.name', scope: 'service', description: 'The service name' },
  {
    name: 'service.primaryFunction',
    scope: 'service',
    description: 'The one sentence saying what the service is for',
  },
  {
    name: 'service.dependsOn',
    scope: 'service',
    description: 'Names of the services it depends on, or "none"',
  },
  {
    name: 'service.contractParts',
    scope: 'service',
    description: 'What its contract has: "inputs, outputs and endpoints", "inputs and outputs", …',
  },
  {
    name: 'service.endpointCount',
    scope: 'service',
    description: 'How many endpoints the service has',
  },
  { name: 'endpoint.method', scope: 'endpoint', description: 'The HTTP method, e.g. POST' },
  { name: 'endpoint.path', scope: 'endpoint', description: 'The path, e.g. /orders/{id}' },
  { name: 'endpoint.summary', scope: 'endpoint', description: 'What the endpoint does' },
];

const SCOPE_DEPTH: Readonly<Record<PatternScope, number>> = { feature: 0, service: 1, endpoint: 2 };
const KNOWN = new Map(KNOWN_PLACEHOLDERS.map((info) => [info.name, info]));
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Replaces each `{{name}}` with `values[name]`; a name without a value stays as written. */
export function renderPattern(pattern: string, values: Readonly<Record<string, string>>): string {
  return pattern.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/**
 * A pattern rendered as pieces: the template's own words and the values put in for its
 * placeholders, so a summary can be composed knowing which words are whose.
 */
export function renderPatternPieces(
  pattern: string,
  values: Readonly<Record<string, string>>,
): { text: string; fromTemplate: boolean }[] {
  const pieces: { text: string; fromTemplate: boolean }[] = [];
  let at = 0;
  for (const match of pattern.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0;
    if (index > at) pieces.push({ text: pattern.slice(at, index), fromTemplate: true });
    const value = values[match[1] ?? ''];
    pieces.push(
      value === undefined
        ? { text: match[0], fromTemplate: true }
        : { text: value, fromTemplate: false },
    );
    at = index + match[0].length;
  }
  if (at < pattern.length) pieces.push({ text: pattern.slice(at), fromTemplate: true });
  return pieces;
}

/** The placeholder names a pattern uses, in order of first use. */
export function placeholdersIn(pattern: string): string[] {
  return [...new Set([...pattern.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

/**
 * What is wrong with a pattern used in `scope`: unknown placeholders, placeholders the scope
 * does not provide (a service name in an epic-level item), and unclosed braces.
 */
export function patternProblems(pattern: string, scope: PatternScope): string[] {
  const problems: string[] = [];
  for (const name of placeholdersIn(pattern)) {
    const info = KNOWN.get(name);
    if (!info) {
      problems.push(`Unknown placeholder {{${name}}}`);
    } else if (SCOPE_DEPTH[info.scope] > SCOPE_DEPTH[scope]) {
      problems.push(`{{${name}}} is only available in ${info.scope}-level items`);
    }
  }
  const rest = pattern.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}')) {
    problems.push('Unbalanced "{{" or "}}" in the pattern');
  }
  return problems;
}

/** Whether text rendered in `scope` may use data of the `needed` scope. */
export function scopeProvides(scope: PatternScope, needed: PatternScope): boolean {
  return SCOPE_DEPTH[needed] <= SCOPE_DEPTH[scope];
}
