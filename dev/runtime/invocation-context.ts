import { z } from 'zod';

/** A Jira project as Forge describes it in a Custom UI extension context. */
const ExtensionProject = z.object({
  id: z.string().min(1),
  key: z.string().min(1),
  type: z.string().min(1),
});

/** The issue a panel or issue action was opened on. */
const ExtensionIssue = z.object({
  id: z.string().min(1),
  key: z.string().min(1),
  type: z.string().min(1),
  typeId: z.string().min(1),
});

/**
 * The module the user opened. Issue panels and issue actions always carry their issue; the
 * project settings page has none, and the admin page has neither (it belongs to the site), so
 * the type decides what exists.
 */
const Extension = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('jira:issuePanel'),
    issue: ExtensionIssue,
    project: ExtensionProject,
  }),
  z.object({
    type: z.literal('jira:issueAction'),
    issue: ExtensionIssue,
    project: ExtensionProject,
  }),
  z.object({
    type: z.literal('jira:projectSettingsPage'),
    project: ExtensionProject,
  }),
  /** A page in Jira's administration: it belongs to the site, with no project or issue. */
  z.object({ type: z.literal('jira:adminPage') }),
  /**
   * The configuration form of an Automation `action`. Atlassian documents only `data.inputs`
   * (what the rule saved) and `errors.invalidInputs`; the type's name and a project (for a
   * project rule) are this host's reading, and the app depends on neither.
   */
  z.object({
    type: z.literal('action'),
    data: z.object({ inputs: z.record(z.string(), z.unknown()) }),
    project: ExtensionProject.optional(),
  }),
]);

/**
 * The Forge Custom UI invocation context the host simulates for one resolver call: who is
 * calling, on which site, from which module, and on which issue/project.
 */
export const InvocationContext = z.object({
  accountId: z.string().min(1),
  cloudId: z.string().min(1),
  moduleKey: z.string().min(1),
  localId: z.string().min(1),
  extension: Extension,
  locale: z.string().min(1),
  timezone: z.string().min(1),
});

export type InvocationContext = z.infer<typeof InvocationContext>;
