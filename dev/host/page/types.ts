/** Shapes the host page reads from its server and from Jira. */
export interface DevUser {
  key: string;
  accountId: string;
  displayName: string;
}
/** An `action` module of manifest.yml, as the server reads it. */
export interface ActionModule {
  key: string;
  name: string;
  description: string;
  actionVerb: string;
  inputs: Record<string, { title: string; type: string; required: boolean; description: string }>;
  automation: boolean;
  rovo: boolean;
}
export interface Config {
  mode: 'emulator' | 'real-site';
  jiraBaseUrl: string;
  emulatorUrl: string | null;
  users: DevUser[];
  projects: string[];
  actions: ActionModule[];
}
export type ModuleType =
  'jira:issuePanel' | 'jira:issueAction' | 'jira:projectSettingsPage' | 'jira:adminPage' | 'action';
export const RESOURCE: Record<ModuleType, string> = {
  'jira:issuePanel': 'panel',
  'jira:issueAction': 'epic-action',
  'jira:projectSettingsPage': 'settings',
  'jira:adminPage': 'admin',
  /** An Automation action's configuration form. */
  action: 'automation-config',
};
export interface Frame {
  iframe: HTMLIFrameElement;
  module: ModuleType;
  issueKey?: string;
  projectKey?: string;
  /** For an action's configuration form: which action. */
  actionKey?: string;
  context: unknown;
  /** Closes the modal this frame is in, with what the app closed it with. */
  onClose?: (payload?: unknown) => void;
  /** Escape pressed inside the frame, for the modal it is in. */
  onEscape?: () => void;
  /** The frame fills a Custom UI modal of a set size: it is not sized to its content. */
  sized?: boolean;
  /** The app called `view.theme.enable()`: it follows the host's theme from then on. */
  themed?: boolean;
}
export interface IssueFields {
  summary: string;
  issuetype: { id: string; name: string; hierarchyLevel?: number; subtask?: boolean };
  project: { id: string; key: string; name: string };
  parent?: { key: string; fields?: { summary?: string } };
  description?: AdfLike | null;
  labels?: string[];
  issuelinks?: {
    type: { inward: string; outward: string };
    inwardIssue?: { key: string };
    outwardIssue?: { key: string };
  }[];
}
export interface AdfLike {
  type: string;
  text?: string;
  content?: AdfLike[];
}
export interface Issue {
  id: string;
  key: string;
  fields: IssueFields;
  properties?: Record<string, unknown>;
}
