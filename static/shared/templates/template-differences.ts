import type { Template } from '../../../src/domain';

/** One place two templates differ, as a person reads it: what, and each side's value. */
export interface TemplateDifference {
  label: string;
  left: string;
  right: string;
}

/** Names for the ids a template stores (issue types, priorities, components), when known. */
export interface TemplateNames {
  issueType?: (id: string) => string | undefined;
  priority?: (id: string) => string | undefined;
  component?: (id: string) => string | undefined;
}

const ROLE_WORDS: Record<'epic' | 'standard' | 'subtask', string> = {
  epic: 'Issue type for the epic',
  standard: 'Issue type for service issues',
  subtask: 'Issue type for sub-tasks',
};

const ASSIGNEE_WORDS: Record<string, string> = {
  unassigned: 'Unassigned',
  reporter: 'The reporter of the issue',
  runner: 'The person who runs the breakdown',
  user: 'A chosen person',
};

const NONE = '(none)';

function list(values: readonly string[]): string {
  return values.length === 0 ? NONE : values.join(', ');
}

type Item = Template['serviceItems'][number] | Template['extras'][number];
type Fields = Item['fields'];

/** The differences between two field-default sets, labelled under `at`. */
function fieldDifferences(
  at: string,
  a: Fields,
  b: Fields,
  names: TemplateNames,
): TemplateDifference[] {
  const out: TemplateDifference[] = [];
  const push = (what: string, left: string, right: string) => {
    if (left !== right) out.push({ label: `${at}: ${what}`, left, right });
  };
  const priority = (f: Fields) =>
    f.priority ? (names.priority?.(f.priority.id) ?? 'A priority') : 'The project’s default';
  const assignee = (f: Fields) =>
    f.assignee ? (ASSIGNEE_WORDS[f.assignee.kind] ?? f.assignee.kind) : 'The project’s default';
  const components = (f: Fields) =>
    f.components
      ? list(f.components.map((c) => names.component?.(c.id) ?? 'a component'))
      : 'The template’s components';
  const custom = (f: Fields) =>
    list(
      f.custom.map((c) =>
        c.value.kind === 'number'
          ? `${c.name || 'A number field'} = ${String(c.value.number)}`
          : `${c.name || 'A select field'}: an option`,
      ),
    );
  push('priority', priority(a), priority(b));
  push('assignee', assignee(a), assignee(b));
  if (
    a.assignee?.kind === 'user' &&
    b.assignee?.kind === 'user' &&
    a.assignee.accountId !== b.assignee.accountId
  ) {
    out.push({
      label: `${at}: assignee`,
      left: 'One chosen person',
      right: 'Another chosen person',
    });
  }
  push('components', components(a), components(b));
  push('number or select field', custom(a), custom(b));
  return out;
}

const sectionsText = (sections: Item['sections']) =>
  list(
    sections.map((s) => {
      const heading: unknown = (s as { heading?: unknown }).heading;
      const title =
        typeof heading === 'string' && heading !== '' ? heading : s.kind.replace(/-/g, ' ');
      // Same heading, other content: say it changed rather than print the content.
      return s.kind === 'text' ? `${title} (${s.text.length} characters)` : title;
    }),
  );

/** An inclusion rule in words ("When the service has endpoints and not …"). */
function includeText(rule: Item['include']): string {
  switch (rule.when) {
    case 'always':
      return 'Always';
    case 'spike':
      return `When the spike is ${rule.kinds.join(' or ')}`;
    case 'draft-has':
      return `When the draft has ${rule.part}`;
    case 'service-has':
      return `When the service has ${rule.part}`;
    case 'endpoint-method':
      return `For ${rule.methods.join('/')} endpoints`;
    case 'all':
      return rule.rules.map(includeText).join(' and ');
    case 'any':
      return rule.rules.map(includeText).join(' or ');
    case 'not':
      return `Not (${includeText(rule.rule)})`;
  }
}

/** The differences between two items (service items or extras) under `at`. */
function itemDifferences(at: string, a: Item, b: Item, names: TemplateNames): TemplateDifference[] {
  const out: TemplateDifference[] = [];
  const push = (what: string, left: string, right: string) => {
    if (left !== right) out.push({ label: `${at}: ${what}`, left, right });
  };
  push('name', a.name, b.name);
  if ('role' in a && 'role' in b) {
    const role = (r: string) =>
      r === 'subtask' ? 'Sub-task of the service' : 'Task under the epic';
    push('created as', role(a.role), role(b.role));
    push('one per endpoint', a.perEndpoint ? 'Yes' : 'No', b.perEndpoint ? 'Yes' : 'No');
  }
  push('summary', a.summary, b.summary);
  push('description sections', sectionsText(a.sections), sectionsText(b.sections));
  push('included', includeText(a.include), includeText(b.include));
  push('labels', list(a.labels), list(b.labels));
  out.push(...fieldDifferences(at, a.fields, b.fields, names));
  return out;
}

/** Items matched by their key (kept when renamed); one side's missing item shows as "(none)". */
function itemsDifferences(
  kind: string,
  a: readonly Item[],
  b: readonly Item[],
  names: TemplateNames,
): TemplateDifference[] {
  const keys = [...new Set([...a.map((i) => i.key), ...b.map((i) => i.key)])];
  return keys.flatMap((key) => {
    const left = a.find((i) => i.key === key);
    const right = b.find((i) => i.key === key);
    const at = `${kind} “${right?.name ?? left?.name ?? key}”`;
    if (!left || !right) {
      return [{ label: at, left: left ? 'Present' : NONE, right: right ? 'Present' : NONE }];
    }
    return itemDifferences(at, left, right, names);
  });
}

/**
 * Where template `a` differs from `b`, each place by its name in the editor and each value as a
 * person reads it (names for types, priorities and components; never an id).
 */
export function templateDifferences(
  a: Template,
  b: Template,
  names: TemplateNames = {},
): TemplateDifference[] {
  const out: TemplateDifference[] = [];
  const push = (label: string, left: string, right: string) => {
    if (left !== right) out.push({ label, left, right });
  };
  push('Name', a.name, b.name);
  push('Description', a.description || NONE, b.description || NONE);
  for (const role of ['epic', 'standard', 'subtask'] as const) {
    const type = (t: Template) => {
      const id = t.issueTypeIds[role];
      return id === undefined
        ? 'By hierarchy level'
        : (names.issueType?.(id) ?? 'A type this project lacks');
    };
    push(ROLE_WORDS[role], type(a), type(b));
  }
  push('Epic summary', a.epic.summary, b.epic.summary);
  push('Epic description sections', sectionsText(a.epic.sections), sectionsText(b.epic.sections));
  out.push(...fieldDifferences('Epic', a.epic.fields, b.epic.fields, names));
  push('Service issue summary', a.service.summary, b.service.summary);
  push(
    'Service issue description sections',
    sectionsText(a.service.sections),
    sectionsText(b.service.sections),
  );
  out.push(...fieldDifferences('Service issue', a.service.fields, b.service.fields, names));
  out.push(...itemsDifferences('Item', a.serviceItems, b.serviceItems, names));
  out.push(...itemsDifferences('Extra', a.extras, b.extras, names));
  push('Labels', list(a.labels), list(b.labels));
  const components = (t: Template) =>
    list(t.components.map((c) => names.component?.(c.id) ?? 'a component'));
  push('Components', components(a), components(b));
  push(
    'Readiness rules that block creation',
    list([...a.readiness.blockers].sort()),
    list([...b.readiness.blockers].sort()),
  );
  return out;
}
