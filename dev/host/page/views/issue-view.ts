import { adfText, el, typeLozenge } from '../dom';
import { mountFrame } from '../frames';
import { jiraJson } from '../jira-client';
import { openModal } from '../modal';
import { viewElement } from '../session';
import type { Issue } from '../types';

/** An issue as Jira shows it: details, child issues, the epic's app action, and the app panel. */
export async function renderIssue(key: string, isCurrent: () => boolean): Promise<void> {
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
      openModal('Generate template sub-tasks', (body, close, onEscape) =>
        mountFrame(
          body,
          'jira:issueAction',
          { issueKey: issue.key },
          'Backend Breakdown: generate template sub-tasks',
          close,
          undefined,
          { onEscape },
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
  viewElement().replaceChildren(
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
