import type { z } from 'zod';

/**
 * The one place schema problems become sentences for people. Every parse whose problems a
 * person may read (the draft in the browser and in `draft/save`, every resolver's input,
 * templates and template files) passes this as zod's error map; a schema that knows its unit
 * or its rule better (the spike timebox in days, an id's form) says so itself and wins.
 */

/** What one entry of a list is called, by the list's key in the draft or the template. */
const LIST_NOUNS: Readonly<Record<string, string>> = {
  stakeholders: 'stakeholders',
  scenarios: 'user scenarios',
  examples: 'examples',
  openQuestions: 'open questions',
  services: 'services',
  inputs: 'inputs',
  outputs: 'outputs',
  consumers: 'consumers',
  endpoints: 'endpoints',
  failureModes: 'failure modes',
  failSafes: 'fail-safes',
  successCriteria: 'success criteria',
  dismissedSuggestions: 'dismissed suggestions',
  serviceItems: 'service items',
  extras: 'extra items',
  labels: 'labels',
  components: 'components',
  sections: 'sections',
  items: 'items',
  blockers: 'rules',
};

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

function listNoun(path: readonly PropertyKey[] | undefined): string {
  const last = [...(path ?? [])].reverse().find((key) => typeof key === 'string');
  return (typeof last === 'string' ? LIST_NOUNS[last] : undefined) ?? 'entries';
}

const count = (value: number | bigint): string => String(value);

function tooBig(issue: Extract<RawIssue, { code: 'too_big' }>): string {
  const max = Number(issue.maximum);
  const bound = issue.inclusive === false ? max - 1 : max;
  switch (issue.origin) {
    case 'string':
      return `At most ${count(bound)} ${bound === 1 ? 'character' : 'characters'}`;
    case 'array':
    case 'set':
      return `At most ${count(bound)} ${listNoun(issue.path)}`;
    case 'file':
      return `At most ${count(bound)} bytes`;
    default:
      return issue.inclusive === false ? `Less than ${count(max)}` : `At most ${count(max)}`;
  }
}

function tooSmall(issue: Extract<RawIssue, { code: 'too_small' }>): string {
  const min = Number(issue.minimum);
  switch (issue.origin) {
    case 'string':
      return min <= 1 ? 'Cannot be empty' : `At least ${count(min)} characters`;
    case 'array':
    case 'set':
      return min <= 1
        ? `Needs at least one of the ${listNoun(issue.path)}`
        : `At least ${count(min)} ${listNoun(issue.path)}`;
    default:
      return issue.inclusive === false ? `More than ${count(min)}` : `At least ${count(min)}`;
  }
}

function wrongType(issue: Extract<RawIssue, { code: 'invalid_type' }>): string {
  if (issue.input === undefined) return 'This is required';
  switch (issue.expected) {
    case 'number':
    case 'int':
    case 'bigint':
      return 'Enter a number';
    case 'string':
      return 'Enter text';
    case 'boolean':
      return 'Choose yes or no';
    case 'array':
      return 'Expects a list here';
    default:
      return 'Not the kind of value this field holds';
  }
}

/** A sentence for one schema problem; zod's error-map signature, so parses can pass it as is. */
export const humanIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_type':
      return wrongType(issue);
    case 'invalid_value':
      return issue.values.length === 1
        ? 'Not a value this field takes'
        : 'Choose one of the options';
    case 'invalid_union':
      return 'Choose one of the options';
    case 'invalid_format':
      return 'Not in the form this field takes';
    case 'not_multiple_of':
      return `Use steps of ${count(issue.divisor)}`;
    case 'unrecognized_keys': {
      // Named back only when they look like field names: a key is whatever the caller sent.
      const named = issue.keys.filter((key) => /^[A-Za-z_$][\w$]{0,39}$/.test(key)).slice(0, 3);
      const what = issue.keys.length === 1 ? 'A field' : 'Fields';
      return named.length === 0
        ? `${what} this request does not take`
        : `${what} this request does not take: ${named.join(', ')}`;
    }
    case 'invalid_key':
    case 'invalid_element':
      return 'An entry here is not accepted';
    case 'custom':
      return 'This value is not accepted';
    default:
      return 'This value is not accepted';
  }
};

/** The options to parse with, so a schema's problems read as `humanIssueMessage` writes them. */
export const HUMAN_MESSAGES = { error: humanIssueMessage } as const;
