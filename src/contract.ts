/**
 * The one contract between the Custom UI and the resolvers: every resolver's key, its input and
 * output schemas, and the error codes a caller can branch on. Imported by `src/resolvers` and by
 * `static/shared/invoke.ts`, so both sides agree by construction.
 */
import { z } from 'zod';
import {
  DRAFT_LIMITS,
  OPENAPI_DOCUMENT_MAX_BYTES,
  RUN_STATUSES,
  draftIdSchema,
  draftSchema,
  serviceSchema,
  templateSchema,
} from './domain';
import { adfDocSchema } from './contract-plan';
import { epicPreviewSchema, planPreviewSchema, suggestionSchema } from './contract-preview';
import type { ResolverError } from './contract-errors';
import { runOutlineSchema, runViewSchema, undoReportSchema } from './contract-run';

export * from './contract-plan';
export * from './contract-preview';
export * from './contract-run';
export * from './contract-errors';

/** The uniform result envelope every resolver returns. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ResolverError };

const issueTypeRef = z.object({
  id: z.string(),
  name: z.string(),
  hierarchyLevel: z.number().int(),
});

export const appContextSchema = z.object({
  module: z.enum(['jira:issuePanel', 'jira:issueAction', 'jira:projectSettingsPage']),
  accountId: z.string(),
  project: z.object({
    id: z.string(),
    key: z.string(),
    name: z.string(),
    style: z.enum(['classic', 'next-gen']),
  }),
  issue: z
    .object({ id: z.string(), key: z.string(), summary: z.string(), issueType: issueTypeRef })
    .nullable(),
  /** Whether this person may administer the project (the settings page needs it). */
  canAdminister: z.boolean(),
  /** Whether this person may change the issue's breakdown draft (what `draft/save` checks). */
  canEditDraft: z.boolean(),
  /** When a breakdown draft was last saved for this issue (from app storage), if ever. */
  draftSavedAt: z.string().nullable(),
});
export type AppContext = z.infer<typeof appContextSchema>;

/** Where an issue came from and what breakdowns ran from it (`provenance/get`). */
export const provenanceSchema = z.object({
  /** Made by one of the app's runs (checked against the stored run), or null. */
  createdBy: z
    .object({
      /** A breakdown on an issue's panel, or the sub-task fan-out on an epic. */
      kind: z.enum(['breakdown', 'fan-out']),
      /** The issue the run was started on; null when this person cannot see it (or it is gone). */
      origin: z.object({ key: z.string(), summary: z.string() }).nullable(),
      /** When the run started (epoch ms). */
      at: z.number(),
      /** Who started it, as Jira names them; null when Jira does not say. */
      by: z.string().nullable(),
      /** The issue this one hangs under in Jira, if any. */
      parent: z.object({ key: z.string(), summary: z.string() }).nullable(),
    })
    .nullable(),
  /** The latest run started from this issue, or null when none ever ran. */
  ran: z
    .object({
      kind: z.enum(['breakdown', 'fan-out']),
      at: z.number(),
      by: z.string().nullable(),
      status: z.enum(RUN_STATUSES),
      /**
       * Started by an Automation rule (its name when the rule passed it) or the Rovo agent,
       * acting as `by`; absent when the person started it in the panel or the epic action.
       */
      via: z
        .object({ kind: z.enum(['automation', 'rovo']), rule: z.string().nullable() })
        .optional(),
      /** Issues of the breakdown in Jira after that run (created by it or by the runs before). */
      issues: z.number().int().nonnegative(),
      firstKey: z.string().nullable(),
      lastKey: z.string().nullable(),
    })
    .nullable(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

const templateIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/);
const runIdSchema = z.uuid();

/** A file a resolver renders for the person to download. */
export const exportFileSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  content: z.string(),
});

export const storedDraftSchema = z.object({
  draft: draftSchema,
  /** 0 when nothing was saved yet: the version a first save is based on. */
  version: z.number().int().nonnegative(),
  savedAt: z.string().nullable(),
  savedBy: z.string().nullable(),
});

/** Where a template lives: shipped with the app, the site library, or the project's own. */
export const TEMPLATE_SCOPES = ['built-in', 'site', 'project'] as const;
export type TemplateScope = (typeof TEMPLATE_SCOPES)[number];

export const templateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  version: z.number().int(),
  builtIn: z.boolean(),
  scope: z.enum(TEMPLATE_SCOPES),
  /** Who saved the current version and when; null for built-ins. */
  savedBy: z.string().nullable(),
  /** The saver's name as Jira shows it to the caller; null when they may not browse users. */
  savedByName: z.string().nullable(),
  savedAt: z.string().nullable(),
  /** The template the project's breakdowns use unless someone picks another. */
  isDefault: z.boolean(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

/** An issue type as the template pages show it: by name and icon; the id only travels back. */
export const screenIssueTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  iconUrl: z.string().nullable(),
  hierarchyLevel: z.number().int(),
  subtask: z.boolean(),
});
export type ScreenIssueType = z.infer<typeof screenIssueTypeSchema>;

/**
 * A field a template may set a default for, as one create screen offers it: priority, assignee,
 * components, and number or single-select custom fields. `allowed` names each value Jira
 * accepts (ids travel back unshown); null when Jira lists none (numbers, people).
 */
export const screenFieldSchema = z.object({
  fieldId: z.string(),
  name: z.string(),
  kind: z.enum(['priority', 'assignee', 'components', 'number', 'option']),
  allowed: z.array(z.object({ id: z.string(), name: z.string() })).nullable(),
});
export type ScreenField = z.infer<typeof screenFieldSchema>;

/** One role of a template in the context's project: the type Jira would use and its create screen. */
export const roleScreenSchema = z.object({
  /** The type items of this role are created as; null when the project has none that fits. */
  type: screenIssueTypeSchema.nullable(),
  /** The project's types that fit the role (what the template may choose from). */
  choices: z.array(screenIssueTypeSchema),
  /** Why there is no type, or why the chosen one does not fit; null when it fits. */
  problem: z.string().nullable(),
  /** The fields of the type's create screen a template may default, by name. */
  fields: z.array(screenFieldSchema),
});
export type RoleScreen = z.infer<typeof roleScreenSchema>;

export const templateScreensSchema = z.discriminatedUnion('owner', [
  z.object({
    owner: z.literal('project'),
    project: z.object({ key: z.string() }),
    roles: z.object({
      epic: roleScreenSchema,
      standard: roleScreenSchema,
      subtask: roleScreenSchema,
    }),
    /** Every type the person may create in the project, for the sample preview. */
    issueTypes: z.array(screenIssueTypeSchema),
  }),
  /** The site library has no project: types and screens are each project's own. */
  z.object({ owner: z.literal('site') }),
]);
export type TemplateScreens = z.infer<typeof templateScreensSchema>;

const storedTemplateSchema = z.object({
  template: templateSchema,
  scope: z.enum(TEMPLATE_SCOPES),
  version: z.number().int(),
  savedBy: z.string().nullable(),
  savedAt: z.string().nullable(),
});
export type StoredTemplateView = z.infer<typeof storedTemplateSchema>;

const templateVersionSchema = z.object({
  version: z.number().int(),
  savedAt: z.string(),
  savedBy: z.string(),
  savedByName: z.string().nullable(),
  name: z.string(),
  restoredFrom: z.number().int().optional(),
});

const versionNumber = z.number().int().nonnegative().max(1_000_000);
/** Template files (JSON or YAML) a team keeps in a repository; far under KVS's value limit. */
export const TEMPLATE_FILE_MAX_BYTES = 128 * 1024;

const planOptionsSchema = z
  .object({
    /** Left out: the project's default template (chosen in project settings). */
    templateId: templateIdSchema.optional(),
    /** On an epic: put the services under it instead of creating a new epic. */
    reuseCurrentEpic: z.boolean().default(false),
  })
  .strict();

const filterValues = z.array(z.string().min(1).max(255)).max(100).default([]);

/** What `epic/preview` and `epic/apply` generate: a template's sub-task items under an epic's children. */
const fanOutOptionsSchema = z
  .object({
    templateId: templateIdSchema,
    /** The template's sub-task items to generate; absent means all of them. */
    itemKeys: z
      .array(z.string().min(1).max(64))
      .min(1, 'Choose at least one sub-task to generate')
      .max(12)
      .optional(),
    /** Only children of these issue types, statuses, labels (empty: no filter). */
    filters: z
      .object({ issueTypes: filterValues, statuses: filterValues, labels: filterValues })
      .strict()
      .default({ issueTypes: [], statuses: [], labels: [] }),
  })
  .strict();
export type FanOutOptions = z.input<typeof fanOutOptionsSchema>;

/** Every resolver: its input and output schemas. Inputs are parsed strictly, with limits. */
export const resolvers = {
  'context/get': {
    input: z.object({}).strict(),
    output: appContextSchema,
  },
  'provenance/get': {
    input: z.object({}).strict(),
    output: provenanceSchema,
  },
  'draft/get': {
    input: z.object({}).strict(),
    output: storedDraftSchema,
  },
  'draft/save': {
    input: z
      .object({ draft: draftSchema, baseVersion: z.number().int().nonnegative().max(1_000_000) })
      .strict(),
    output: storedDraftSchema,
  },
  'template/list': {
    input: z.object({}).strict(),
    output: z.object({
      templates: z.array(templateSummarySchema),
      defaultTemplateId: z.string(),
      /** Whose templates this module edits: the project's own, or (admin page) the site library. */
      owner: z.enum(['project', 'site']),
      /** Whether this person may change them (ADMINISTER_PROJECTS, or ADMINISTER for the site). */
      canEdit: z.boolean(),
    }),
  },
  'automation/templates': {
    input: z.object({}).strict(),
    /**
     * The templates an Automation rule's action form offers, with each one's sub-task items:
     * the built-in ones, the site library's and, when the form knows its project, the project's.
     */
    output: z.object({
      templates: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          scope: z.enum(TEMPLATE_SCOPES),
          subtasks: z.array(z.object({ key: z.string(), name: z.string() })),
        }),
      ),
    }),
  },
  'template/get': {
    input: z
      .object({
        templateId: templateIdSchema,
        /** Left out: the project's own, then the site library's, then the built-in. */
        scope: z.enum(TEMPLATE_SCOPES).optional(),
        /** An older saved version of the module's own template. */
        version: versionNumber.min(1).optional(),
      })
      .strict(),
    output: storedTemplateSchema,
  },
  'template/save': {
    input: z.object({ template: templateSchema, baseVersion: versionNumber }).strict(),
    output: storedTemplateSchema,
  },
  'template/screens': {
    /** The template's own type choices, as being edited (the rest go by hierarchy level). */
    input: z
      .object({
        issueTypeIds: z
          .object({
            epic: z.string().max(32).optional(),
            standard: z.string().max(32).optional(),
            subtask: z.string().max(32).optional(),
          })
          .strict()
          .default({}),
      })
      .strict(),
    output: templateScreensSchema,
  },
  'template/delete': {
    input: z.object({ templateId: templateIdSchema }).strict(),
    output: z.object({ deleted: z.boolean(), defaultTemplateId: z.string().nullable() }),
  },
  'template/set-default': {
    input: z.object({ templateId: templateIdSchema }).strict(),
    output: z.object({ defaultTemplateId: z.string() }),
  },
  'template/versions': {
    input: z.object({ templateId: templateIdSchema }).strict(),
    output: z.object({ versions: z.array(templateVersionSchema) }),
  },
  'template/restore': {
    input: z
      .object({
        templateId: templateIdSchema,
        version: versionNumber.min(1),
        baseVersion: versionNumber,
      })
      .strict(),
    output: storedTemplateSchema,
  },
  'template/export': {
    input: z
      .object({
        templateId: templateIdSchema,
        format: z.enum(['json', 'yaml']),
        scope: z.enum(TEMPLATE_SCOPES).optional(),
      })
      .strict(),
    output: z.object({ fileName: z.string(), text: z.string() }),
  },
  'template/import': {
    input: z
      .object({
        text: z
          .string()
          .min(1, 'Choose or paste a template file')
          .refine((text) => new TextEncoder().encode(text).length <= TEMPLATE_FILE_MAX_BYTES, {
            message: `The file is larger than ${TEMPLATE_FILE_MAX_BYTES / 1024} KiB`,
          }),
        /** When the id exists already: save as its next version, or as a copy under a new id. */
        onExisting: z.enum(['replace', 'copy']).optional(),
        /** With `replace`: the version the person saw, so a save in between gets CONFLICT. */
        baseVersion: versionNumber.optional(),
      })
      .strict(),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('imported'), stored: storedTemplateSchema }),
      z.object({
        status: z.literal('exists'),
        templateId: z.string(),
        name: z.string(),
        currentVersion: z.number().int(),
        /** A built-in's id can only be copied. */
        canReplace: z.boolean(),
      }),
    ]),
  },
  'plan/preview': {
    input: planOptionsSchema,
    output: planPreviewSchema,
  },
  'plan/item-description': {
    input: planOptionsSchema.extend({ localId: z.string().min(1).max(300) }).strict(),
    /** The description exactly as the run would send it (ADF). */
    output: z.object({ localId: z.string(), description: adfDocSchema }),
  },
  'plan/apply': {
    input: planOptionsSchema,
    output: runViewSchema,
  },
  'plan/export': {
    input: planOptionsSchema.extend({ format: z.enum(['markdown', 'csv', 'json']) }).strict(),
    /** What a run would create (`plan/preview`'s plan without excluded items), as a file to review. */
    output: exportFileSchema,
  },
  'epic/preview': {
    input: fanOutOptionsSchema,
    output: epicPreviewSchema,
  },
  'epic/apply': {
    input: fanOutOptionsSchema,
    output: runViewSchema,
  },
  'run/latest': {
    input: z.object({}).strict(),
    /**
     * The latest run of this issue's breakdown (from the panel) or of its epic fan-out (from the
     * epic action), or null when it was never created.
     */
    output: runViewSchema.nullable(),
  },
  'run/get': {
    input: z.object({ runId: runIdSchema }).strict(),
    output: runViewSchema,
  },
  'run/outline': {
    input: z.object({ runId: runIdSchema }).strict(),
    /** What the results list shows of each item beside its outcome: summary, issue type, parent. */
    output: runOutlineSchema,
  },
  'run/cancel': {
    input: z.object({ runId: runIdSchema }).strict(),
    output: runViewSchema,
  },
  'run/resume': {
    input: z.object({ runId: runIdSchema }).strict(),
    output: runViewSchema,
  },
  'scoping/import-openapi': {
    input: z
      .object({
        /** An OpenAPI 3.0 or 3.1 document, YAML or JSON, with internal references only. */
        document: z
          .string()
          .min(1, 'Paste or choose an OpenAPI document')
          .refine((text) => new TextEncoder().encode(text).length <= OPENAPI_DOCUMENT_MAX_BYTES, {
            message: `The document is larger than ${OPENAPI_DOCUMENT_MAX_BYTES / 1024 / 1024} MiB`,
          }),
        /**
         * The services (tag or path group names, as `groups` gives them) to read; absent, the
         * first the draft has room for, in document order.
         */
        services: z.array(z.string().max(DRAFT_LIMITS.name)).max(5000).optional(),
      })
      .strict(),
    output: z.object({
      services: z.array(serviceSchema).max(DRAFT_LIMITS.services),
      /** Every service the document has, with its operation count, read or not. */
      groups: z.array(z.object({ name: z.string(), operations: z.number().int() })),
      /** What the document said that the draft could not hold, or held only in part. */
      warnings: z.array(z.string()),
      title: z.string(),
      version: z.string(),
      /** "Swagger 2.0" when the document was converted to OpenAPI 3.0 to be read. */
      convertedFrom: z.string().optional(),
    }),
  },
  'scoping/suggest': {
    /** One service of the saved draft, or none for all of them. */
    input: z.object({ serviceId: draftIdSchema.optional() }).strict(),
    /** The suggestions offered, and the version of the saved draft they were made for. */
    output: z.object({
      suggestions: z.array(suggestionSchema),
      draftVersion: z.number().int().nonnegative(),
    }),
  },
  'scoping/export-openapi': {
    input: z.object({ format: z.enum(['yaml', 'json']) }).strict(),
    /** The saved draft's Scoping as an OpenAPI 3.1 skeleton, ready to download. */
    output: exportFileSchema,
  },
  'run/undo': {
    input: z.object({ runId: runIdSchema, confirm: z.literal(true) }).strict(),
    output: undoReportSchema,
  },
} as const;

export type ResolverKey = keyof typeof resolvers;
export type ResolverInput<K extends ResolverKey> = z.input<(typeof resolvers)[K]['input']>;
export type ResolverOutput<K extends ResolverKey> = z.output<(typeof resolvers)[K]['output']>;
export const RESOLVER_KEYS = Object.keys(resolvers) as ResolverKey[];
