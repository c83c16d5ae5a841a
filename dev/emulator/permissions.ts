/**
 * Who may do what: Jira's permission catalogue (the keys the app asks about) and the grants of
 * the seeded users and the app, per project. Grants can be changed at run time so tests can take
 * Browse or Create away from someone.
 */
import { APP_ACCOUNT_ID, SEED_USERS, type SeedUserRole } from './seed';

export interface PermissionInfo {
  id: string;
  key: string;
  name: string;
  type: 'PROJECT' | 'GLOBAL';
  description: string;
}

const info = (
  id: string,
  key: string,
  name: string,
  type: PermissionInfo['type'],
  description: string,
): PermissionInfo => ({ id, key, name, type, description });

/** The subset of Jira's permissions the emulator knows; any other key is "unrecognized". */
export const PERMISSIONS: Readonly<Record<string, PermissionInfo>> = Object.fromEntries(
  [
    info(
      '0',
      'ADMINISTER',
      'Administer Jira',
      'GLOBAL',
      'Ability to perform most administration functions (excluding Import & Export, SMTP Configuration, etc.).',
    ),
    info(
      '44',
      'SYSTEM_ADMIN',
      'Administer Jira system',
      'GLOBAL',
      'Ability to perform all administration functions.',
    ),
    info(
      '27',
      'USER_PICKER',
      'Browse users and groups',
      'GLOBAL',
      'Ability to select a user or group from a popup window.',
    ),
    info(
      '33',
      'BULK_CHANGE',
      'Make bulk changes',
      'GLOBAL',
      'Ability to modify a collection of issues at once.',
    ),
    info(
      '23',
      'ADMINISTER_PROJECTS',
      'Administer Projects',
      'PROJECT',
      'Ability to administer a project in Jira.',
    ),
    info(
      '10',
      'BROWSE_PROJECTS',
      'Browse Projects',
      'PROJECT',
      'Ability to browse projects and the issues within them.',
    ),
    info('11', 'CREATE_ISSUES', 'Create Issues', 'PROJECT', 'Ability to create issues.'),
    info('12', 'EDIT_ISSUES', 'Edit Issues', 'PROJECT', 'Ability to edit issues.'),
    info(
      '13',
      'ASSIGN_ISSUES',
      'Assign Issues',
      'PROJECT',
      'Ability to assign issues to other people.',
    ),
    info('15', 'ADD_COMMENTS', 'Add Comments', 'PROJECT', 'Ability to comment on issues.'),
    info('16', 'DELETE_ISSUES', 'Delete Issues', 'PROJECT', 'Ability to delete issues.'),
    info(
      '21',
      'LINK_ISSUES',
      'Link Issues',
      'PROJECT',
      'Ability to link issues together and create linked issues.',
    ),
    info(
      '46',
      'TRANSITION_ISSUES',
      'Transition Issues',
      'PROJECT',
      'Ability to transition issues.',
    ),
  ].map((p) => [p.key, p]),
);

const ALL_PROJECT_PERMISSIONS = Object.values(PERMISSIONS)
  .filter((p) => p.type === 'PROJECT')
  .map((p) => p.key);

const WORKER = [
  'BROWSE_PROJECTS',
  'CREATE_ISSUES',
  'EDIT_ISSUES',
  'LINK_ISSUES',
  'ASSIGN_ISSUES',
  'ADD_COMMENTS',
  'TRANSITION_ISSUES',
];

/** Project permissions each kind of account holds in every seeded project. */
const PROJECT_GRANTS: Readonly<Record<SeedUserRole | 'app', readonly string[]>> = {
  admin: ALL_PROJECT_PERMISSIONS,
  member: WORKER,
  viewer: ['BROWSE_PROJECTS'],
  app: ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'LINK_ISSUES', 'DELETE_ISSUES'],
};

/**
 * Every signed-in user may pick users; the admin also administers Jira (the site's admin pages).
 * The app holds no global permission: a Forge app's user gets the permissions tied to its
 * manifest's scopes, and ours (read/write:jira-work, storage:app) include no
 * `manage:jira-configuration`.
 */
const GLOBAL_GRANTS: Readonly<Record<SeedUserRole | 'app', readonly string[]>> = {
  admin: ['ADMINISTER', 'USER_PICKER'],
  member: ['USER_PICKER'],
  viewer: ['USER_PICKER'],
  app: [],
};

export function roleOf(accountId: string): SeedUserRole | 'app' | undefined {
  if (accountId === APP_ACCOUNT_ID) return 'app';
  return Object.values(SEED_USERS).find((u) => u.accountId === accountId)?.role;
}

/** Per-account, per-project grants, starting from the seeded roles. */
export class PermissionBook {
  /** accountId → projectId → permission key → granted (only changes from the role defaults). */
  private overrides = new Map<string, Map<string, Map<string, boolean>>>();
  /** accountId → global permission key → granted (only changes from the role defaults). */
  private globalOverrides = new Map<string, Map<string, boolean>>();

  reset(): void {
    this.overrides.clear();
    this.globalOverrides.clear();
  }

  has(accountId: string, projectId: string, permission: string): boolean {
    const changed = this.overrides.get(accountId)?.get(projectId)?.get(permission);
    if (changed !== undefined) return changed;
    const role = roleOf(accountId);
    return role !== undefined && PROJECT_GRANTS[role].includes(permission);
  }

  hasGlobal(accountId: string, permission: string): boolean {
    const changed = this.globalOverrides.get(accountId)?.get(permission);
    if (changed !== undefined) return changed;
    const role = roleOf(accountId);
    return role !== undefined && GLOBAL_GRANTS[role].includes(permission);
  }

  setGlobal(accountId: string, permission: string, granted: boolean): void {
    const byKey = this.globalOverrides.get(accountId) ?? new Map<string, boolean>();
    byKey.set(permission, granted);
    this.globalOverrides.set(accountId, byKey);
  }

  set(accountId: string, projectId: string, permission: string, granted: boolean): void {
    const byProject = this.overrides.get(accountId) ?? new Map<string, Map<string, boolean>>();
    const byKey = byProject.get(projectId) ?? new Map<string, boolean>();
    byKey.set(permission, granted);
    byProject.set(projectId, byKey);
    this.overrides.set(accountId, byProject);
  }
}
