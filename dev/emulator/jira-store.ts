/**
 * The emulated site's state: issues, links, entity properties, id and key counters, permission
 * changes and run-time create-screen changes. Everything here is in memory; `reset` goes back to
 * the seed.
 */
import type {
  IssueLinkTypeConfig,
  IssueTypeConfig,
  ProjectConfig,
  StoredIssue,
  StoredLink,
} from './model';
import { PermissionBook } from './permissions';
import { SEED_CREATED_AT, SEED_ISSUES, SEED_LINK_TYPES, SEED_PROJECTS } from './seed';

/** What a validated create request turns into. */
export interface NewIssue {
  projectId: string;
  issueTypeId: string;
  summary: string;
  description: unknown;
  labels: string[];
  componentIds: string[];
  parentId: string | null;
  customFields: Record<string, unknown>;
  properties: [string, unknown][];
  creatorAccountId: string;
}

/** The fields `PUT /rest/api/3/issue/{issueIdOrKey}` may change here. */
export interface IssueEdit {
  summary?: string;
  description?: unknown;
  labels?: string[];
}

const FIRST_NEW_ISSUE_ID = 10106;
const FIRST_LINK_ID = 10200;
/** The longest search lag the emulator accepts, in ms (ten minutes). */
export const MAX_SEARCH_LAG_MS = 600_000;

export class JiraStore {
  readonly permissions = new PermissionBook();
  private readonly projectList: readonly ProjectConfig[] = Object.values(SEED_PROJECTS);
  private issuesById = new Map<string, StoredIssue>();
  private idByKey = new Map<string, string>();
  private links: StoredLink[] = [];
  private nextIssueId = FIRST_NEW_ISSUE_ID;
  private nextLinkId = FIRST_LINK_ID;
  private nextSeq = 0;
  private nextNumber = new Map<string, number>();
  private required = new Map<string, boolean>();
  private searchLagMs = 0;

  /** `now`: the site's clock in epoch ms, for `created` and the search lag. */
  constructor(private readonly now: () => number = Date.now) {
    this.reset();
  }

  reset(): void {
    this.permissions.reset();
    this.issuesById.clear();
    this.idByKey.clear();
    this.links = [];
    this.nextIssueId = FIRST_NEW_ISSUE_ID;
    this.nextLinkId = FIRST_LINK_ID;
    this.nextSeq = 0;
    this.nextNumber.clear();
    this.required.clear();
    this.searchLagMs = 0;
    for (const [index, seed] of SEED_ISSUES.entries()) {
      const project = SEED_PROJECTS[seed.projectKey];
      const parentId =
        seed.parentKey === undefined ? null : (this.issue(seed.parentKey)?.id ?? null);
      this.insert({
        id: seed.id,
        key: seed.key,
        projectId: project.id,
        issueTypeId: seed.issueTypeId,
        summary: seed.summary,
        description: null,
        labels: [],
        componentIds: [],
        parentId,
        customFields: {},
        properties: new Map(),
        created: new Date(SEED_CREATED_AT + index * 1000).toISOString(),
        updated: new Date(SEED_CREATED_AT + index * 1000).toISOString(),
        creatorAccountId: project.leadAccountId,
        seq: this.nextSeq++,
        searchableAt: Number.NEGATIVE_INFINITY,
      });
      const number = Number(seed.key.split('-')[1]);
      this.nextNumber.set(project.id, Math.max(this.nextNumber.get(project.id) ?? 1, number + 1));
    }
  }

  projects(): readonly ProjectConfig[] {
    return this.projectList;
  }

  /** A project by id or key (keys are matched case-insensitively, as Jira does). */
  project(idOrKey: string): ProjectConfig | undefined {
    const wanted = idOrKey.toUpperCase();
    return this.projectList.find((p) => p.id === idOrKey || p.key === wanted);
  }

  projectById(id: string): ProjectConfig {
    const project = this.projectList.find((p) => p.id === id);
    if (!project) throw new Error(`no project ${id}`);
    return project;
  }

  issueTypeOf(issue: StoredIssue): IssueTypeConfig {
    const type = this.projectById(issue.projectId).issueTypes.find(
      (t) => t.id === issue.issueTypeId,
    );
    if (!type) throw new Error(`no issue type ${issue.issueTypeId}`);
    return type;
  }

  /** An issue by id or key (keys case-insensitively). */
  issue(idOrKey: string): StoredIssue | undefined {
    const id = /^\d+$/.test(idOrKey) ? idOrKey : this.idByKey.get(idOrKey.toUpperCase());
    return id === undefined ? undefined : this.issuesById.get(id);
  }

  /** All issues in creation order. */
  allIssues(): StoredIssue[] {
    return [...this.issuesById.values()].sort((a, b) => a.seq - b.seq);
  }

  children(issueId: string): StoredIssue[] {
    return this.allIssues().filter((i) => i.parentId === issueId);
  }

  linksOf(issueId: string): StoredLink[] {
    return this.links.filter((l) => l.fromId === issueId || l.toId === issueId);
  }

  linkTypes(): readonly IssueLinkTypeConfig[] {
    return SEED_LINK_TYPES;
  }

  /** A link type by id, or by name case-insensitively. */
  linkType(ref: { id?: string; name?: string }): IssueLinkTypeConfig | undefined {
    if (ref.id !== undefined) return SEED_LINK_TYPES.find((t) => t.id === ref.id);
    const name = ref.name?.toLowerCase();
    return SEED_LINK_TYPES.find((t) => t.name.toLowerCase() === name);
  }

  /** How long a new issue stays out of search results (Jira Cloud's index trails writes). */
  searchLag(): number {
    return this.searchLagMs;
  }

  setSearchLag(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0 || ms > MAX_SEARCH_LAG_MS)
      throw new RangeError(`the search lag must be 0 to ${MAX_SEARCH_LAG_MS} ms; got ${ms}`);
    this.searchLagMs = ms;
  }

  /** Whether the search index holds the issue yet. Issues created while the lag was L join it
   * L ms after their creation; the lag in force now does not move them. */
  isIndexed(issue: StoredIssue): boolean {
    return this.now() >= issue.searchableAt;
  }

  createIssue(input: NewIssue): StoredIssue {
    const now = this.now();
    const project = this.projectById(input.projectId);
    const number = this.nextNumber.get(project.id) ?? 1;
    this.nextNumber.set(project.id, number + 1);
    const issue: StoredIssue = {
      id: String(this.nextIssueId++),
      key: `${project.key}-${number}`,
      projectId: project.id,
      issueTypeId: input.issueTypeId,
      summary: input.summary,
      description: input.description,
      labels: input.labels,
      componentIds: input.componentIds,
      parentId: input.parentId,
      customFields: input.customFields,
      properties: new Map(input.properties),
      created: new Date(now).toISOString(),
      updated: new Date(now).toISOString(),
      creatorAccountId: input.creatorAccountId,
      seq: this.nextSeq++,
      searchableAt: now + this.searchLagMs,
    };
    this.insert(issue);
    return issue;
  }

  /** Deletes an issue with its sub-tasks and every link touching them; the children of an epic
   * stay and lose their parent, as in Jira. */
  deleteIssue(issueId: string): void {
    for (const child of this.children(issueId)) {
      if (this.issueTypeOf(child).subtask) this.deleteIssue(child.id);
      else {
        child.parentId = null;
        this.touch(child);
      }
    }
    const issue = this.issuesById.get(issueId);
    if (!issue) return;
    this.issuesById.delete(issueId);
    this.idByKey.delete(issue.key);
    this.links = this.links.filter((l) => l.fromId !== issueId && l.toId !== issueId);
  }

  /** The site's clock, epoch ms (for JQL's relative dates). */
  time(): number {
    return this.now();
  }

  /** Applies an edit's field changes and marks the issue updated now. */
  editIssue(issue: StoredIssue, changes: IssueEdit): void {
    if (changes.summary !== undefined) issue.summary = changes.summary;
    if (changes.description !== undefined) issue.description = changes.description;
    if (changes.labels !== undefined) issue.labels = changes.labels;
    this.touch(issue);
  }

  private touch(issue: StoredIssue): void {
    issue.updated = new Date(this.now()).toISOString();
  }

  /** Adds a link unless the same one exists (Jira answers a duplicate request as created). */
  addLink(typeId: string, fromId: string, toId: string): StoredLink {
    const existing = this.links.find(
      (l) => l.typeId === typeId && l.fromId === fromId && l.toId === toId,
    );
    if (existing) return existing;
    const link: StoredLink = { id: String(this.nextLinkId++), typeId, fromId, toId };
    this.links.push(link);
    return link;
  }

  /** Sets an entity property; answers whether it was created (true) or replaced (false). */
  setProperty(issue: StoredIssue, key: string, value: unknown): boolean {
    const created = !issue.properties.has(key);
    issue.properties.set(key, value);
    return created;
  }

  setRequired(projectId: string, issueTypeId: string, fieldId: string, required: boolean): void {
    this.required.set(`${projectId}/${issueTypeId}/${fieldId}`, required);
  }

  /** Run-time required-field changes for one issue type: fieldId → required. */
  requiredChanges(projectId: string, issueTypeId: string): Map<string, boolean> {
    const prefix = `${projectId}/${issueTypeId}/`;
    const changes = new Map<string, boolean>();
    for (const [k, v] of this.required)
      if (k.startsWith(prefix)) changes.set(k.slice(prefix.length), v);
    return changes;
  }

  private insert(issue: StoredIssue): void {
    this.issuesById.set(issue.id, issue);
    this.idByKey.set(issue.key, issue.id);
  }
}
