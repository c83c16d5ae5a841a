import { z } from 'zod';
import { draftIdSchema } from '../draft/draft-id';
import { READINESS_RULE_IDS } from '../readiness/readiness-rule-ids';
import {
  SECTION_SCOPE,
  descriptionSectionSchema,
  patternSchema,
  type DescriptionSection,
} from './description-section';
import { fieldDefaultsSchema } from './field-defaults';
import { inclusionRuleSchema } from './inclusion-rule';
import { patternProblems, scopeProvides, type PatternScope } from './placeholders';
import { ruleProblems } from './rule-reachability';

const summaryPattern = patternSchema.min(1, 'A summary pattern cannot be empty');
const labelPattern = z.string().min(1).max(255);
const sections = z.array(descriptionSectionSchema).max(20).default([]);
const labels = z.array(labelPattern).max(10).default([]);
const issueTypeId = z.string().regex(/^\d{1,18}$/, 'An issue type id is numeric');

/**
 * How a service item reads when the epic action generates it under an epic's child story: written
 * for a story, not a scoped service. `{{service.name}}` is the story's summary there; the story's
 * own context (its summary, description and acceptance criteria) is put above it.
 */
const childVariantSchema = z.object({ summary: summaryPattern, sections });

/** An item created once per service (or once per endpoint of each service). */
export const serviceItemSchema = z.object({
  /** Part of the item's local id (`service:<id>/<key>`): keep it when renaming the item. */
  key: draftIdSchema.min(1),
  name: z.string().min(1).max(100),
  /** A sub-task of the service's issue, or a task directly under the epic. */
  role: z.enum(['subtask', 'standard']),
  perEndpoint: z.boolean().default(false),
  include: inclusionRuleSchema.default({ when: 'always' }),
  summary: summaryPattern,
  sections,
  labels,
  fields: fieldDefaultsSchema,
  /** Its wording under an epic's child (the epic action); without it the item's own is used. */
  child: childVariantSchema.optional(),
});

/** An item created once per feature under the epic: a spike, an end-to-end sign-off, …. */
export const extraItemSchema = z.object({
  key: draftIdSchema.min(1),
  name: z.string().min(1).max(100),
  include: inclusionRuleSchema.default({ when: 'always' }),
  summary: summaryPattern,
  sections,
  labels,
  fields: fieldDefaultsSchema,
});

export const templateSchema = z
  .object({
    id: draftIdSchema.min(1),
    name: z.string().min(1).max(100),
    version: z.number().int().min(1),
    description: z.string().max(1000).default(''),
    /** Explicit issue types per role; roles left out are resolved by hierarchy level. */
    issueTypeIds: z
      .object({
        epic: issueTypeId.optional(),
        standard: issueTypeId.optional(),
        subtask: issueTypeId.optional(),
      })
      .default({}),
    epic: z.object({ summary: summaryPattern, sections, labels, fields: fieldDefaultsSchema }),
    service: z.object({ summary: summaryPattern, sections, labels, fields: fieldDefaultsSchema }),
    serviceItems: z.array(serviceItemSchema).max(12).default([]),
    extras: z.array(extraItemSchema).max(6).default([]),
    labels: z.array(labelPattern).max(20).default([]),
    components: z
      .array(z.object({ id: z.string().regex(/^\d{1,18}$/, 'A component id is numeric') }))
      .max(20)
      .default([]),
    readiness: z
      .object({ blockers: z.array(z.enum(READINESS_RULE_IDS)).max(READINESS_RULE_IDS.length) })
      .default({ blockers: [] }),
  })
  .superRefine((template, ctx) => {
    const report = (path: PropertyKey[], messages: string[]) =>
      messages.forEach((message) => ctx.addIssue({ code: 'custom', message, path }));

    const checkSections = (list: DescriptionSection[], scope: PatternScope, at: PropertyKey[]) =>
      list.forEach((section, index) => {
        const here = [...at, 'sections', index];
        if (!scopeProvides(scope, SECTION_SCOPE[section.kind])) {
          report(
            [...here, 'kind'],
            [`A "${section.kind}" section needs a ${SECTION_SCOPE[section.kind]}-level item`],
          );
        }
        if (section.heading !== undefined) {
          report([...here, 'heading'], patternProblems(section.heading, scope));
        }
        if (section.kind === 'text')
          report([...here, 'text'], patternProblems(section.text, scope));
        if (section.kind === 'checklist') {
          section.items.forEach((item, i) =>
            report([...here, 'items', i], patternProblems(item, scope)),
          );
        }
      });

    const checkItem = (
      item: { summary: string; sections: DescriptionSection[]; labels: string[] },
      scope: PatternScope,
      at: PropertyKey[],
    ) => {
      report([...at, 'summary'], patternProblems(item.summary, scope));
      item.labels.forEach((label, i) =>
        report([...at, 'labels', i], patternProblems(label, scope)),
      );
      checkSections(item.sections, scope, at);
    };

    checkItem(template.epic, 'feature', ['epic']);
    checkItem(template.service, 'service', ['service']);
    template.labels.forEach((label, i) => report(['labels', i], patternProblems(label, 'feature')));

    const reportDuplicateKeys = (keys: string[], at: string) => {
      keys.forEach((key, index) => {
        if (keys.indexOf(key) !== index) {
          report([at, index, 'key'], [`Two items share the key "${key}"`]);
        }
      });
    };
    reportDuplicateKeys(
      template.serviceItems.map((item) => item.key),
      'serviceItems',
    );
    reportDuplicateKeys(
      template.extras.map((item) => item.key),
      'extras',
    );

    template.serviceItems.forEach((item, index) => {
      const scope: PatternScope = item.perEndpoint ? 'endpoint' : 'service';
      checkItem(item, scope, ['serviceItems', index]);
      if (item.child)
        checkItem({ ...item.child, labels: [] }, 'service', ['serviceItems', index, 'child']);
      report(['serviceItems', index, 'include'], ruleProblems(item.include, scope));
    });
    template.extras.forEach((item, index) => {
      checkItem(item, 'feature', ['extras', index]);
      report(['extras', index, 'include'], ruleProblems(item.include, 'feature'));
    });

    const checkCustomFields = (fields: { custom: { fieldId: string }[] }, at: PropertyKey[]) =>
      fields.custom.forEach((field, index) => {
        if (fields.custom.findIndex((other) => other.fieldId === field.fieldId) !== index) {
          report([...at, 'fields', 'custom', index, 'fieldId'], [`${field.fieldId} is set twice`]);
        }
      });
    checkCustomFields(template.epic.fields, ['epic']);
    checkCustomFields(template.service.fields, ['service']);
    template.serviceItems.forEach((item, i) => checkCustomFields(item.fields, ['serviceItems', i]));
    template.extras.forEach((item, i) => checkCustomFields(item.fields, ['extras', i]));

    template.readiness.blockers.forEach((id, index) => {
      if (template.readiness.blockers.indexOf(id) !== index) {
        report(['readiness', 'blockers', index], [`"${id}" is listed twice`]);
      }
    });
  });

/** How a project breaks a draft down into Jira issues. */
export type Template = z.infer<typeof templateSchema>;
export type ServiceItemTemplate = z.infer<typeof serviceItemSchema>;
export type ExtraItemTemplate = z.infer<typeof extraItemSchema>;
/** What a template author writes; defaults fill in the rest. */
export type TemplateInput = z.input<typeof templateSchema>;
