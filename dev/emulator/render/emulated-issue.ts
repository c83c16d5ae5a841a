/** A plain, human-oriented view of a stored issue: for the issue browser and for test asserts. */
import type { JiraStore } from '../jira-store';
import type { StoredIssue } from '../model';

export interface EmulatedIssueLink {
  linkId: string;
  /** Link type name, e.g. `Blocks`. */
  type: string;
  /** `outward`: this issue is the source ("SHOP-4 blocks SHOP-5" on SHOP-4). */
  direction: 'outward' | 'inward';
  /** How the link reads from this issue, e.g. `blocks` or `is blocked by`. */
  description: string;
  issueKey: string;
}

export interface EmulatedIssue {
  id: string;
  key: string;
  projectId: string;
  projectKey: string;
  issueType: { id: string; name: string; hierarchyLevel: number; subtask: boolean };
  summary: string;
  /** ADF document or null. */
  description: unknown;
  labels: string[];
  components: string[];
  parentKey: string | null;
  childKeys: string[];
  links: EmulatedIssueLink[];
  properties: Record<string, unknown>;
  customFields: Record<string, unknown>;
  created: string;
  creatorAccountId: string;
}

export function emulatedIssue(store: JiraStore, issue: StoredIssue): EmulatedIssue {
  const project = store.projectById(issue.projectId);
  const type = store.issueTypeOf(issue);
  const keyOf = (id: string) => store.issue(id)?.key ?? id;
  return {
    id: issue.id,
    key: issue.key,
    projectId: project.id,
    projectKey: project.key,
    issueType: {
      id: type.id,
      name: type.name,
      hierarchyLevel: type.hierarchyLevel,
      subtask: type.subtask,
    },
    summary: issue.summary,
    description: structuredClone(issue.description),
    labels: [...issue.labels],
    components: issue.componentIds.map(
      (id) => project.components.find((c) => c.id === id)?.name ?? id,
    ),
    parentKey: issue.parentId === null ? null : keyOf(issue.parentId),
    childKeys: store.children(issue.id).map((c) => c.key),
    links: store.linksOf(issue.id).map((link) => {
      const type = store.linkType({ id: link.typeId });
      const outward = link.fromId === issue.id;
      return {
        linkId: link.id,
        type: type?.name ?? link.typeId,
        direction: outward ? ('outward' as const) : ('inward' as const),
        description: (outward ? type?.outward : type?.inward) ?? '',
        issueKey: keyOf(outward ? link.toId : link.fromId),
      };
    }),
    properties: structuredClone(Object.fromEntries(issue.properties)),
    customFields: structuredClone(issue.customFields),
    created: issue.created,
    creatorAccountId: issue.creatorAccountId,
  };
}
