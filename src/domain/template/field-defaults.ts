import { z } from 'zod';

const numericId = z.string().regex(/^\d{1,18}$/, 'An id is numeric');

/** Who an item is assigned to when it is created. */
export const assigneeDefaultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unassigned') }),
  /** The reporter of the issue the breakdown was started from. */
  z.object({ kind: z.literal('reporter') }),
  /** The person who runs the breakdown (clicks Create). */
  z.object({ kind: z.literal('runner') }),
  z.object({ kind: z.literal('user'), accountId: z.string().min(1).max(128) }),
]);
export type AssigneeDefault = z.infer<typeof assigneeDefaultSchema>;

/** A number field (e.g. Story points) or a single-select field, by Jira field id. */
export const customFieldDefaultSchema = z.object({
  fieldId: z
    .string()
    .regex(/^customfield_\d{1,18}$/, 'A custom field id looks like customfield_10016'),
  /** Shown to admins; the id is what counts. */
  name: z.string().max(255).default(''),
  value: z.union([
    z.object({ kind: z.literal('number'), number: z.number() }),
    z.object({ kind: z.literal('option'), id: numericId }),
  ]),
});
export type CustomFieldDefault = z.infer<typeof customFieldDefaultSchema>;

/** The field values an item of the template is created with, beyond summary and description. */
export const fieldDefaultsSchema = z
  .object({
    priority: z.object({ id: numericId }).optional(),
    assignee: assigneeDefaultSchema.optional(),
    /** Replaces the template's components for this item. */
    components: z
      .array(z.object({ id: numericId }))
      .max(20)
      .optional(),
    custom: z.array(customFieldDefaultSchema).max(10).default([]),
  })
  .default({ custom: [] });
export type FieldDefaults = z.infer<typeof fieldDefaultsSchema>;
