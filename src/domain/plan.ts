/**
 * The Plan: plain data describing exactly which Jira issues to create. `buildPlan` produces it
 * (pure), the preview renders it, and the executor in `src/jira` applies it.
 */

/** Jira's hierarchy levels: 1 epic, 0 standard issue, -1 sub-task. */
export type HierarchyLevel = 1 | 0 | -1;

/** Which issue-type role an item plays; resolved per project by hierarchy level. */
export type IssueRole = 'epic' | 'standard' | 'subtask';

export const LEVEL_OF_ROLE: Readonly<Record<IssueRole, HierarchyLevel>> = {
  epic: 1,
  standard: 0,
  subtask: -1,
};

/** An issue type as Jira's createmeta describes it (the subset the plan needs). */
export interface IssueTypeInfo {
  id: string;
  name: string;
  hierarchyLevel: number;
  subtask: boolean;
  /** Jira's icon for the type (`iconUrl`), which the preview shows beside the name. */
  iconUrl?: string;
}

/** An Atlassian Document Format document (validated against Atlassian's ADF schema in tests). */
export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: AdfNode[];
}

export interface AdfNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: AdfNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** Where an item hangs: under another item of this plan, or under an issue that exists already. */
export type PlanParent = { kind: 'item'; localId: string } | { kind: 'existing'; key: string };

export interface PlanItemFields {
  summary: string;
  description: AdfDoc;
  labels: string[];
  components: { id: string }[];
  /** From the template's field defaults for the item; left out when it sets none. */
  priority?: { id: string };
  /** `accountId: null` leaves the issue unassigned. */
  assignee?: { accountId: string | null };
  /** Number and single-select fields by field id (e.g. Story points). */
  custom?: { fieldId: string; value: number | { id: string } }[];
}

/** What part of the draft an item comes from, for the preview and for error reports. */
export type PlanItemSource =
  | { kind: 'epic' }
  | { kind: 'service'; serviceId: string }
  | { kind: 'service-item'; serviceId: string; itemKey: string; endpointId?: string }
  | { kind: 'extra'; itemKey: string };

export interface PlanItem {
  /** Stable id, e.g. `epic`, `service:orders`, `service:orders/errors`. */
  localId: string;
  role: IssueRole;
  level: HierarchyLevel;
  issueTypeId: string;
  parent: PlanParent | null;
  fields: PlanItemFields;
  source: PlanItemSource;
}

/**
 * A `blocks` link: `blocker` must be done before `blocked`. Ends are local ids of this plan,
 * or an existing issue key (used to link a new epic to the issue the panel was opened on).
 */
export interface PlanLink {
  type: 'blocks' | 'relates';
  from: PlanLinkEnd;
  to: PlanLinkEnd;
}

export type PlanLinkEnd = { kind: 'item'; localId: string } | { kind: 'existing'; key: string };

export interface PlanEstimate {
  /** Issues to create per hierarchy level, keyed "1", "0", "-1". */
  issuesPerLevel: Record<'1' | '0' | '-1', number>;
  /**
   * The fewest `POST /issue/bulk` calls that create the plan with its links carried inside the
   * create requests (≤ 50 per call; a child after its parent; two linked issues in different calls).
   */
  bulkRequests: number;
}

export interface Plan {
  /** Stable per draft: re-running the same draft's plan targets the same issues. */
  planId: string;
  projectId: string;
  templateId: string;
  templateVersion: number;
  /** Parents always precede their children. */
  items: PlanItem[];
  links: PlanLink[];
  estimate: PlanEstimate;
}
