/**
 * The emulator's own vocabulary: the configuration of a seeded Jira site (projects, issue types,
 * create-screen fields) and the records it keeps for issues and links.
 */

/** Jira's hierarchy levels: 1 epic, 0 standard issue, -1 sub-task. */
export type HierarchyLevel = 1 | 0 | -1;

/** A select-list option of a custom field, as Jira lists it in `allowedValues`. */
export interface FieldOption {
  id: string;
  value: string;
}

/** A custom field on an issue type's create screen. */
export interface CustomFieldConfig {
  fieldId: string;
  name: string;
  required: boolean;
  kind: 'option' | 'text' | 'number';
  options?: FieldOption[];
}

export interface IssueTypeConfig {
  id: string;
  name: string;
  description: string;
  hierarchyLevel: HierarchyLevel;
  subtask: boolean;
  /** Icon file under `/images/icons/issuetypes/`. */
  icon: string;
  customFields: CustomFieldConfig[];
}

export interface ComponentConfig {
  id: string;
  name: string;
}

export interface ProjectConfig {
  id: string;
  key: string;
  name: string;
  /** Team-managed ("next-gen") projects are `simplified`. */
  simplified: boolean;
  /** Whether the create screens offer `issuelinks` (links folded into the create request). */
  issueLinksOnCreateScreen: boolean;
  /** Components offered on the create screens; an empty list means the field is not there. */
  components: ComponentConfig[];
  issueTypes: IssueTypeConfig[];
  /** Name of the initial status, localised like the rest of the site. */
  initialStatusName: string;
  leadAccountId: string;
  /** Team-managed projects carry an entity id (a UUID). */
  entityId?: string;
}

/** An issue as the emulator stores it. */
export interface StoredIssue {
  id: string;
  key: string;
  projectId: string;
  issueTypeId: string;
  summary: string;
  /** An ADF document or null. */
  description: unknown;
  labels: string[];
  componentIds: string[];
  parentId: string | null;
  customFields: Record<string, unknown>;
  properties: Map<string, unknown>;
  created: string;
  /** When a field last changed (creation, an edit, losing its parent); entity properties do not
   * count, as they are app data, not fields. */
  updated: string;
  creatorAccountId: string;
  /** Creation order; `created` can tie within a millisecond. */
  seq: number;
  /** Epoch ms from which the search index holds the issue (its creation plus the search lag). */
  searchableAt: number;
}

/**
 * A directed link: `fromId` is the source ("outward") issue and `toId` the destination, so for
 * Blocks, `fromId` blocks `toId`.
 */
export interface StoredLink {
  id: string;
  typeId: string;
  fromId: string;
  toId: string;
}

export interface IssueLinkTypeConfig {
  id: string;
  name: string;
  inward: string;
  outward: string;
}
