/**
 * The host page: a Jira-like shell that shows an issue with the app's panel, an epic's issue
 * action in a modal, the project settings page, and a plain issue browser. It answers the Forge
 * bridge calls of the app frames (see bridge.ts) the way Jira's frame host does.
 */
interface DevUser {
  key: string;
  accountId: string;
  displayName: string;
}
interface Config {
  mode: 'emulator' | 'real-site';
  jiraBaseUrl: string;
  emulatorUrl: string | null;
  users: DevUser[];
  projects: string[];
}
type ModuleType = 'jira:issuePanel' | 'jira:issueAction' | 'jira:projectSettingsPage';
const RESOURCE: Record<ModuleType, string> = {
  'jira:issuePanel': 'panel',
  'jira:issueAction': 'epic-action',
  'jira:projectSettingsPage': 'settings',
};
interface Frame {
  iframe: HTMLIFrameElement;
  module: ModuleType;
  issueKey?: string;
  projectKey?: string;
  context: unknown;
  onClose?: () => void;
}
interface IssueFields {
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
interface AdfLike {
  type: string;
  text?: string;
  content?: AdfLike[];
}
interface Issue {
  id: string;
  key: string;
  fields: IssueFields;
  properties?: Record<string, unknown>;
}

const view = document.getElementById('view') as HTMLElement;
const appFrames = new Map<string, Frame>();
let config: Config;
let user =
  new URLSearchParams(location.search).get('user') ??
  localStorage.getItem('bb-dev-user') ??
  'admin';
/** Each render gets a number; a slower, older render must not overwrite a newer one. */
let renderSeq = 0;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

async function jira(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`/__dev/jira${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', 'x-dev-user': user },
  });
}

async function jiraJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await jira(path, init);
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { errorMessages?: string[] };
    throw new Error(body.errorMessages?.join(' ') || `Jira answered ${response.status}.`);
  }
  return (await response.json()) as T;
}

function adfText(node: AdfLike | null | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.text ?? '';
  const inner = (node.content ?? []).map(adfText).join('');
  const blocks = ['paragraph', 'heading', 'listItem', 'codeBlock', 'tableRow', 'taskItem'];
  return blocks.includes(node.type) ? `${inner}\n` : inner;
}

function typeLozenge(type: IssueFields['issuetype']): HTMLElement {
  const kind = type.hierarchyLevel === 1 ? 'epic' : type.subtask ? 'sub' : '';
  return el('span', { class: `lozenge ${kind}` }, type.name);
}

/** A bridge payload field as text; anything that is not a string counts as absent. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

// ---- flags --------------------------------------------------------------------------------

function showFlag(payload: {
  id?: unknown;
  title?: string;
  description?: string;
  type?: string;
}): void {
  const id =
    typeof payload.id === 'string' || typeof payload.id === 'number'
      ? String(payload.id)
      : String(Date.now());
  document.querySelector(`[data-flag-id="${CSS.escape(id)}"]`)?.remove();
  const close = el('button', { 'aria-label': 'Dismiss' }, '×');
  const flag = el(
    'div',
    {
      class: `flag ${payload.type ?? 'info'}`,
      'data-flag-id': id,
      role: payload.type === 'error' ? 'alert' : 'status',
    },
    close,
    el('strong', {}, payload.title ?? ''),
    payload.description ? el('div', {}, payload.description) : null,
  );
  close.addEventListener('click', () => flag.remove());
  document.getElementById('flags')?.append(flag);
  if (payload.type !== 'error') setTimeout(() => flag.remove(), 8000);
}

// ---- app frames and the bridge ------------------------------------------------------------

async function mountFrame(
  container: HTMLElement,
  module: ModuleType,
  scope: { issueKey?: string; projectKey?: string },
  title: string,
  onClose?: () => void,
): Promise<void> {
  const params = new URLSearchParams({ module, user, ...scope });
  const response = await fetch(`/__dev/context?${params.toString()}`);
  const context = (await response.json()) as { error?: { message: string } };
  if (!response.ok) {
    container.append(
      el('div', { class: 'error-box' }, context.error?.message ?? 'The app could not load.'),
    );
    return;
  }
  const frameId = `${RESOURCE[module]}-${Math.random().toString(36).slice(2, 10)}`;
  const iframe = el('iframe', {
    class: 'app-frame',
    title,
    src: `/resources/${RESOURCE[module]}/index.html?frame=${frameId}`,
    'data-module': module,
  });
  appFrames.set(frameId, { iframe, module, ...scope, context, ...(onClose ? { onClose } : {}) });
  container.append(iframe);
}

function reply(frame: Frame, id: number, ok: boolean, value: unknown): void {
  frame.iframe.contentWindow?.postMessage(
    ok
      ? { bbBridge: true, kind: 'reply', id, ok, value }
      : { bbBridge: true, kind: 'reply', id, ok, message: String(value) },
    location.origin,
  );
}

async function answer(
  frame: Frame,
  name: string,
  payload: Record<string, unknown> | null,
): Promise<unknown> {
  switch (name) {
    case 'getContext':
      return frame.context;
    case 'invoke': {
      const response = await fetch('/__dev/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          module: frame.module,
          user,
          issueKey: frame.issueKey,
          projectKey: frame.projectKey,
          functionKey: payload?.functionKey,
          payload: payload?.payload ?? {},
        }),
      });
      const body = (await response.json()) as { error?: { message: string } };
      if (!response.ok)
        throw new Error(body.error?.message ?? `The resolver failed (${response.status}).`);
      return body;
    }
    case 'fetchProduct': {
      const init = (payload?.fetchRequestInit ?? {}) as { method?: string; body?: string | null };
      const response = await jira(text(payload?.restPath), {
        method: init.method ?? 'GET',
        ...(init.body ? { body: init.body } : {}),
      });
      return {
        body: await response.text(),
        headers: Object.fromEntries(response.headers.entries()),
        status: response.status,
        statusText: response.statusText,
      };
    }
    case 'showFlag':
      showFlag(payload ?? {});
      return undefined;
    case 'closeFlag':
      document.querySelector(`[data-flag-id="${CSS.escape(String(payload?.id))}"]`)?.remove();
      return undefined;
    case 'navigate':
    case 'open': {
      const url = text(payload?.url) || text(payload?.target);
      const browse = /\/browse\/([A-Z][A-Z0-9_]*-\d+)/.exec(url);
      if (browse) location.hash = `#/browse/${browse[1] ?? ''}`;
      else window.open(url, '_blank', 'noopener');
      return true;
    }
    case 'getUrl':
      return text(payload?.url);
    case 'close':
    case 'submit':
      frame.onClose?.();
      return true;
    case 'enableTheming':
      return true;
    case 'changeWindowTitle':
      return true;
    case 'emit':
      for (const other of appFrames.values()) {
        other.iframe.contentWindow?.postMessage(
          { bbBridge: true, kind: 'event', event: payload?.event, payload: payload?.payload },
          location.origin,
        );
      }
      return true;
    case 'reload':
    case 'refresh':
      void render();
      return true;
    default:
      throw new Error(`The local host does not support "${name}".`);
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== location.origin) return;
  const data = event.data as {
    bbBridge?: boolean;
    frameId?: string;
    kind?: string;
    id?: number;
    name?: string;
    payload?: Record<string, unknown> | null;
    height?: number;
  };
  if (!data?.bbBridge || !data.frameId) return;
  const frame = appFrames.get(data.frameId);
  if (!frame || event.source !== frame.iframe.contentWindow) return;
  if (data.kind === 'resize' && typeof data.height === 'number') {
    frame.iframe.style.height = `${Math.max(data.height, 80)}px`;
    return;
  }
  if (data.kind === 'call' && typeof data.id === 'number' && data.name) {
    const id = data.id;
    answer(frame, data.name, data.payload ?? null).then(
      (value) => reply(frame, id, true, value),
      (error: unknown) => reply(frame, id, false, error instanceof Error ? error.message : error),
    );
  }
});

// ---- modal (issue action) -----------------------------------------------------------------

function openModal(
  title: string,
  mountInto: (body: HTMLElement, close: () => void) => Promise<void>,
): void {
  const root = document.getElementById('modal-root') as HTMLElement;
  const opener = document.activeElement as HTMLElement | null;
  const heading = el('h2', { id: 'modal-title', class: 'visually-hidden' }, title);
  const body = el(
    'div',
    {
      class: 'modal',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'modal-title',
      tabindex: '-1',
    },
    heading,
  );
  const blanket = el('div', { class: 'blanket' }, body);
  const close = (): void => {
    blanket.remove();
    document.removeEventListener('keydown', onKey);
    opener?.focus();
    void render();
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') close();
  };
  document.addEventListener('keydown', onKey);
  blanket.addEventListener('click', (event) => {
    if (event.target === blanket) close();
  });
  root.append(blanket);
  body.focus();
  void mountInto(body, close);
}

// ---- views --------------------------------------------------------------------------------

async function renderIssue(key: string, isCurrent: () => boolean): Promise<void> {
  const issue = await jiraJson<Issue>(
    `/rest/api/3/issue/${encodeURIComponent(key)}?fields=summary,issuetype,project,parent,description,labels,issuelinks&properties=backend-breakdown`,
  );
  const f = issue.fields;
  const children = await jiraJson<{ issues: Issue[] }>('/rest/api/3/search/jql', {
    method: 'POST',
    body: JSON.stringify({
      jql: `parent = ${issue.key} ORDER BY key ASC`,
      fields: ['summary', 'issuetype'],
      maxResults: 100,
    }),
  }).catch(() => ({ issues: [] as Issue[] }));

  const crumbs = el(
    'div',
    { class: 'breadcrumbs' },
    el('span', {}, el('a', { href: `#/projects/${f.project.key}/issues` }, f.project.name)),
    f.parent ? el('span', {}, el('a', { href: `#/browse/${f.parent.key}` }, f.parent.key)) : null,
    el('span', {}, issue.key),
  );
  const toolbar = el('div', { class: 'toolbar' });
  if (f.issuetype.hierarchyLevel === 1) {
    const more = el(
      'button',
      { class: 'btn', 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
      '••• Apps',
    );
    const menu = el('div', { class: 'menu', role: 'menu', hidden: '' });
    const action = el('button', { role: 'menuitem' }, 'Generate template sub-tasks');
    menu.append(action);
    more.addEventListener('click', () => {
      const open = menu.hasAttribute('hidden');
      menu.toggleAttribute('hidden', !open);
      more.setAttribute('aria-expanded', String(open));
      if (open) action.focus();
    });
    action.addEventListener('click', () => {
      menu.setAttribute('hidden', '');
      openModal('Generate template sub-tasks', (body, close) =>
        mountFrame(
          body,
          'jira:issueAction',
          { issueKey: issue.key },
          'Backend Breakdown: generate template sub-tasks',
          close,
        ),
      );
    });
    toolbar.append(more, menu);
  }
  const panel = el(
    'section',
    { class: 'app-panel', 'aria-label': 'Backend Breakdown app' },
    el('h2', {}, 'Backend Breakdown'),
  );
  const main = el(
    'div',
    {},
    toolbar,
    el('h2', {}, 'Description'),
    el(
      'div',
      { class: 'description' },
      adfText(f.description) || el('span', { class: 'muted' }, 'No description'),
    ),
    children.issues.length
      ? el(
          'div',
          {},
          el('h2', {}, 'Child issues'),
          el(
            'ul',
            {},
            ...children.issues.map((c) =>
              el('li', {}, el('a', { href: `#/browse/${c.key}` }, c.key), ' ', c.fields.summary),
            ),
          ),
        )
      : null,
    panel,
  );
  const links = (f.issuelinks ?? []).map((l) =>
    l.outwardIssue
      ? el(
          'div',
          {},
          `${l.type.outward} `,
          el('a', { href: `#/browse/${l.outwardIssue.key}` }, l.outwardIssue.key),
        )
      : el(
          'div',
          {},
          `${l.type.inward} `,
          el('a', { href: `#/browse/${l.inwardIssue?.key ?? ''}` }, l.inwardIssue?.key ?? ''),
        ),
  );
  const details = el(
    'dl',
    { class: 'details' },
    el('dt', {}, 'Type'),
    el('dd', {}, typeLozenge(f.issuetype)),
    el('dt', {}, 'Labels'),
    el('dd', {}, (f.labels ?? []).join(', ') || 'None'),
    el('dt', {}, 'Links'),
    el('dd', {}, ...(links.length ? links : ['None'])),
  );
  if (!isCurrent()) return;
  view.replaceChildren(
    crumbs,
    el('h1', {}, f.summary),
    el('div', { class: 'issue' }, main, details),
  );
  document.title = `[${issue.key}] ${f.summary} · Jira (local)`;
  await mountFrame(
    panel,
    'jira:issuePanel',
    { issueKey: issue.key },
    'Backend Breakdown issue panel',
  );
}

async function renderSettings(projectKey: string, isCurrent: () => boolean): Promise<void> {
  if (!isCurrent()) return;
  const container = el('div', {});
  view.replaceChildren(
    el(
      'div',
      { class: 'breadcrumbs' },
      el('span', {}, projectKey),
      el('span', {}, 'Project settings'),
      el('span', {}, 'Apps'),
    ),
    container,
  );
  document.title = `${projectKey} settings · Jira (local)`;
  await mountFrame(
    container,
    'jira:projectSettingsPage',
    { projectKey },
    'Backend Breakdown project settings',
  );
}

async function searchAll(jql: string): Promise<Issue[]> {
  const all: Issue[] = [];
  let nextPageToken: string | undefined;
  do {
    const page = await jiraJson<{ issues: Issue[]; nextPageToken?: string }>(
      '/rest/api/3/search/jql',
      {
        method: 'POST',
        body: JSON.stringify({
          jql,
          fields: ['summary', 'issuetype', 'parent', 'issuelinks', 'labels'],
          properties: ['backend-breakdown'],
          maxResults: 100,
          ...(nextPageToken ? { nextPageToken } : {}),
        }),
      },
    );
    all.push(...page.issues);
    nextPageToken = page.nextPageToken;
  } while (nextPageToken && all.length < 2000);
  return all;
}

async function renderIssues(projectKey: string, isCurrent: () => boolean): Promise<void> {
  const issues = await searchAll(`project = ${projectKey} ORDER BY key ASC`);
  if (!isCurrent()) return;
  const byParent = new Map<string, Issue[]>();
  const keys = new Set(issues.map((i) => i.key));
  for (const issue of issues) {
    const parent = issue.fields.parent?.key;
    const slot = parent && keys.has(parent) ? parent : '';
    byParent.set(slot, [...(byParent.get(slot) ?? []), issue]);
  }
  const rows: HTMLElement[] = [];
  const walk = (parent: string, depth: number): void => {
    for (const issue of byParent.get(parent) ?? []) {
      const origin = issue.properties?.['backend-breakdown'] as
        { localId?: string; runId?: string } | undefined;
      const links = (issue.fields.issuelinks ?? [])
        .filter((l) => l.outwardIssue)
        .map((l) => `${l.type.outward} ${l.outwardIssue?.key ?? ''}`)
        .join(', ');
      const summaryCell = el('td', { class: 'summary' }, issue.fields.summary);
      summaryCell.style.setProperty('--depth', String(depth));
      rows.push(
        el(
          'tr',
          { 'data-key': issue.key },
          el('td', {}, el('a', { href: `#/browse/${issue.key}` }, issue.key)),
          el('td', {}, typeLozenge(issue.fields.issuetype)),
          summaryCell,
          el('td', {}, links || ''),
          el('td', { class: 'muted' }, origin?.localId ?? ''),
        ),
      );
      walk(issue.key, depth + 1);
    }
  };
  walk('', 0);
  view.replaceChildren(
    el('h1', {}, `${projectKey} issues`),
    el(
      'p',
      { class: 'muted' },
      `${issues.length} issues. Hierarchy by parent; links shown from their outward side.`,
    ),
    el(
      'table',
      { class: 'issues' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...['Key', 'Type', 'Summary', 'Links', 'Created by plan item'].map((h) =>
            el('th', { scope: 'col' }, h),
          ),
        ),
      ),
      el('tbody', {}, ...rows),
    ),
  );
  document.title = `${projectKey} issues · Jira (local)`;
}

async function render(): Promise<void> {
  const mine = ++renderSeq;
  const isCurrent = (): boolean => mine === renderSeq;
  appFrames.clear();
  const hash = location.hash.replace(/^#/, '');
  const browse = /^\/browse\/([A-Z][A-Z0-9_]*-\d+)$/.exec(hash);
  const settings = /^\/projects\/([A-Z][A-Z0-9_]*)\/settings$/.exec(hash);
  const list = /^\/projects\/([A-Z][A-Z0-9_]*)\/issues$/.exec(hash);
  for (const link of document.querySelectorAll('#project-nav a')) {
    link.toggleAttribute(
      'aria-current',
      hash.includes(`/${link.getAttribute('data-project') ?? ''}`),
    );
    if (link.hasAttribute('aria-current')) link.setAttribute('aria-current', 'page');
  }
  try {
    if (browse?.[1]) await renderIssue(browse[1], isCurrent);
    else if (settings?.[1]) await renderSettings(settings[1], isCurrent);
    else if (list?.[1]) await renderIssues(list[1], isCurrent);
    else location.hash = `#/browse/${config.projects[0] ?? 'SHOP'}-2`;
  } catch (error) {
    if (!isCurrent()) return;
    view.replaceChildren(
      el(
        'div',
        { class: 'error-box', role: 'alert' },
        error instanceof Error ? error.message : String(error),
      ),
    );
  }
}

async function start(): Promise<void> {
  config = (await (await fetch('/__dev/config')).json()) as Config;
  const switcher = document.getElementById('user-switcher') as HTMLSelectElement;
  if (config.mode === 'real-site') {
    switcher.append(el('option', {}, 'API token owner'));
    switcher.disabled = true;
  } else {
    for (const u of config.users) {
      const option = el('option', { value: u.key }, `${u.displayName} (${u.key})`);
      if (u.key === user) option.selected = true;
      switcher.append(option);
    }
  }
  switcher.addEventListener('change', () => {
    user = switcher.value;
    localStorage.setItem('bb-dev-user', user);
    void render();
  });
  const nav = document.getElementById('project-nav') as HTMLElement;
  for (const key of config.projects) {
    nav.append(
      el('a', { href: `#/projects/${key}/issues`, 'data-project': key }, key),
      el(
        'a',
        {
          href: `#/projects/${key}/settings`,
          'data-project': key,
          'aria-label': `${key} settings`,
        },
        '⚙',
      ),
    );
  }
  document.getElementById('goto')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = document.getElementById('goto-key') as HTMLInputElement;
    const key = input.value.trim().toUpperCase();
    if (key) location.hash = `#/browse/${key}`;
  });
  window.addEventListener('hashchange', () => void render());
  await render();
}

void start();
export {};
