import type { ChildStory } from './child-story';

/**
 * What the fan-out knows about an epic's children and what the person chose. Plain data, read
 * from Jira by the shell (`search/jql` with `parent = <epic>`).
 */

/** One child of the epic as the fan-out needs it. */
export interface EpicChild {
  id: string;
  key: string;
  summary: string;
  /** Its description as plain text (the first lines): the "primary function" of the service. */
  description: string;
  /** Its description as a story: what it is about and its acceptance criteria (`childStory`). */
  story?: ChildStory;
  projectId: string;
  issueType: { id: string; name: string; hierarchyLevel: number; subtask: boolean };
  status: string;
  assignee: string | null;
  labels: string[];
  /** Its existing sub-tasks. */
  subtasks: { key: string; summary: string }[];
}

/** Which children to fan out over; an empty or absent list does not filter. */
export interface FanOutFilters {
  issueTypes?: string[];
  statuses?: string[];
  labels?: string[];
}

/** What happens to one (child, item) pair. */
export type FanOutCell =
  | { itemKey: string; state: 'create'; localId: string; summary: string }
  /** This plan made it already (by the app's entity property). */
  | { itemKey: string; state: 'exists'; localId: string; summary: string; key: string }
  /** A sub-task with the same summary exists that the app did not make: adopted, not duplicated. */
  | { itemKey: string; state: 'adopt'; summary: string; key: string }
  | { itemKey: string; state: 'cannot'; summary: string; reason: string };

export interface FanOutRow {
  child: Pick<EpicChild, 'id' | 'key' | 'summary' | 'status' | 'assignee' | 'labels'> & {
    issueType: string;
  };
  /** Why this child cannot take sub-tasks, when it cannot. */
  cannot?: string;
  cells: FanOutCell[];
}

export interface FanOutTotals {
  children: number;
  filteredOut: number;
  create: number;
  exists: number;
  adopt: number;
  cannot: number;
}
