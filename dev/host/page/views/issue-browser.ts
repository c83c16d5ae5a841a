import { el, typeLozenge } from '../dom';
import { jiraJson } from '../jira-client';
import { viewElement } from '../session';
import type { Issue } from '../types';

export async function searchAll(jql: string): Promise<Issue[]> {
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

export async function renderIssues(projectKey: string, isCurrent: () => boolean): Promise<void> {
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
  viewElement().replaceChildren(
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
