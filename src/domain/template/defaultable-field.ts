/** A createmeta field, in the part that decides whether a template may default it. */
export interface CreateMetaFieldFacts {
  fieldId: string;
  name: string;
  /** createmeta's `schema.type`. */
  type?: string;
  allowedValues?: readonly { id: string; name: string }[];
}

/** A field a template may set a default for, as the template pages offer it (by name). */
export interface DefaultableField {
  fieldId: string;
  name: string;
  kind: 'priority' | 'assignee' | 'components' | 'number' | 'option';
  allowed: { id: string; name: string }[] | null;
}

const SYSTEM_KINDS: Readonly<Record<string, DefaultableField['kind']>> = {
  priority: 'priority',
  assignee: 'assignee',
  components: 'components',
};

/**
 * Whether a template may default `field` (priority, assignee, components, and number or
 * single-select custom fields, which is what field defaults can hold), and how to offer it.
 * Undefined for every other field of the create screen.
 */
export function defaultableField(field: CreateMetaFieldFacts): DefaultableField | undefined {
  const kind =
    SYSTEM_KINDS[field.fieldId] ??
    (field.fieldId.startsWith('customfield_') &&
    (field.type === 'number' || field.type === 'option')
      ? field.type
      : undefined);
  if (kind === undefined) return undefined;
  const allowed =
    kind === 'assignee' || kind === 'number'
      ? null
      : (field.allowedValues ?? []).map((v) => ({ id: v.id, name: v.name }));
  return { fieldId: field.fieldId, name: field.name, kind, allowed };
}
