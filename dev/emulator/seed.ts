/**
 * The seeded Jira site: the facts every part of dev/ and the tests rely on (users, projects, issue
 * types, issues). `reset` returns the emulator to exactly this.
 */
import type { IssueLinkTypeConfig, IssueTypeConfig, ProjectConfig } from './model';

export type SeedUserRole = 'admin' | 'member' | 'viewer';

export interface SeedUser {
  accountId: string;
  displayName: string;
  email: string;
  role: SeedUserRole;
}

/** The Forge app itself when it calls Jira `asApp()`: the `x-emulator-account-id` header value. */
export const APP_ACCOUNT_ID = 'app';

export const SEED_USERS: Readonly<Record<SeedUserRole, SeedUser>> = {
  admin: {
    accountId: '5b10a2844c20165700ede21a',
    displayName: 'Ada Admin',
    email: 'admin@example.com',
    role: 'admin',
  },
  member: {
    accountId: '5b10a2844c20165700ede21b',
    displayName: 'Max Member',
    email: 'member@example.com',
    role: 'member',
  },
  viewer: {
    accountId: '5b10a2844c20165700ede21c',
    displayName: 'Vera Viewer',
    email: 'viewer@example.com',
    role: 'viewer',
  },
};

const type = (
  id: string,
  name: string,
  hierarchyLevel: IssueTypeConfig['hierarchyLevel'],
  icon: string,
  description: string,
  customFields: IssueTypeConfig['customFields'] = [],
): IssueTypeConfig => ({
  id,
  name,
  description,
  hierarchyLevel,
  subtask: hierarchyLevel === -1,
  icon,
  customFields,
});

/** A number field on the create screen, as Jira Software adds it (for template field defaults). */
const STORY_POINTS: IssueTypeConfig['customFields'][number] = {
  fieldId: 'customfield_10016',
  name: 'Story point estimate',
  required: false,
  kind: 'number',
};

export type SeedProjectKey = 'SHOP' | 'TEAM' | 'VENTAS';

export const SEED_PROJECTS: Readonly<Record<SeedProjectKey, ProjectConfig>> = {
  SHOP: {
    id: '10000',
    key: 'SHOP',
    name: 'Shop',
    simplified: false,
    issueLinksOnCreateScreen: true,
    components: [
      { id: '10000', name: 'Backend' },
      { id: '10001', name: 'API' },
    ],
    initialStatusName: 'To Do',
    leadAccountId: SEED_USERS.admin.accountId,
    issueTypes: [
      type('10000', 'Epic', 1, 'epic.svg', 'A big user story that needs to be broken down.'),
      type(
        '10001',
        'Story',
        0,
        'story.svg',
        'Functionality or a feature expressed as a user goal.',
      ),
      type('10002', 'Task', 0, 'task.svg', 'A small, distinct piece of work.'),
      type('10003', 'Bug', 0, 'bug.svg', 'A problem or error.', [
        {
          fieldId: 'customfield_10050',
          name: 'Severity',
          required: true,
          kind: 'option',
          options: [
            { id: '10100', value: 'Critical' },
            { id: '10101', value: 'Major' },
            { id: '10102', value: 'Minor' },
          ],
        },
      ]),
      type(
        '10004',
        'Sub-task',
        -1,
        'subtask.svg',
        'A small piece of work that is part of a larger task.',
      ),
    ],
  },
  TEAM: {
    id: '10001',
    key: 'TEAM',
    name: 'Team Payouts',
    simplified: true,
    issueLinksOnCreateScreen: false,
    components: [],
    initialStatusName: 'To Do',
    leadAccountId: SEED_USERS.admin.accountId,
    entityId: '7c3a4f0e-2d1b-4e8a-9f6c-5b2d1e0a9c11',
    issueTypes: [
      type(
        '10010',
        'Epic',
        1,
        'epic.svg',
        'Epics track collections of related bugs, stories, and tasks.',
      ),
      type('10011', 'Task', 0, 'task.svg', 'Tasks track small, distinct pieces of work.'),
      type(
        '10012',
        'Subtask',
        -1,
        'subtask.svg',
        'Subtasks track small pieces of work that are part of a larger task.',
      ),
    ],
  },
  VENTAS: {
    id: '10002',
    key: 'VENTAS',
    name: 'Ventas',
    simplified: false,
    issueLinksOnCreateScreen: true,
    components: [{ id: '10010', name: 'Facturación' }],
    initialStatusName: 'Tareas por hacer',
    leadAccountId: SEED_USERS.admin.accountId,
    issueTypes: [
      type('10020', 'Épica', 1, 'epic.svg', 'Una historia de usuario grande que hay que dividir.'),
      type(
        '10021',
        'Historia',
        0,
        'story.svg',
        'Una funcionalidad expresada como objetivo del usuario.',
        [STORY_POINTS],
      ),
      type('10022', 'Tarea', 0, 'task.svg', 'Un trabajo pequeño y concreto.'),
      type('10023', 'Subtarea', -1, 'subtask.svg', 'Una parte pequeña de un trabajo mayor.'),
    ],
  },
};

/** Jira Cloud's default issue link types, with the ids a fresh site gives them. */
export const SEED_LINK_TYPES: readonly IssueLinkTypeConfig[] = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
  { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
];

export interface SeedIssue {
  id: string;
  key: string;
  projectKey: SeedProjectKey;
  issueTypeId: string;
  summary: string;
  parentKey?: string;
}

export const SEED_ISSUES: readonly SeedIssue[] = [
  {
    id: '10100',
    key: 'SHOP-1',
    projectKey: 'SHOP',
    issueTypeId: '10000',
    summary: 'Checkout revamp',
  },
  {
    id: '10101',
    key: 'SHOP-2',
    projectKey: 'SHOP',
    issueTypeId: '10001',
    summary: 'Create backend support for the new checkout',
    parentKey: 'SHOP-1',
  },
  {
    id: '10102',
    key: 'SHOP-3',
    projectKey: 'SHOP',
    issueTypeId: '10002',
    summary: 'Payment provider spike',
  },
  { id: '10103', key: 'TEAM-1', projectKey: 'TEAM', issueTypeId: '10010', summary: 'Payouts' },
  {
    id: '10104',
    key: 'TEAM-2',
    projectKey: 'TEAM',
    issueTypeId: '10011',
    summary: 'Backend for payouts',
    parentKey: 'TEAM-1',
  },
  {
    id: '10105',
    key: 'VENTAS-1',
    projectKey: 'VENTAS',
    issueTypeId: '10021',
    summary: 'Soporte backend para facturas',
  },
];

/** Seeded issues were all created at this instant, one second apart in seed order. */
export const SEED_CREATED_AT = Date.parse('2025-01-06T09:00:00.000Z');
