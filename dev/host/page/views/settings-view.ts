import { el } from '../dom';
import { mountFrame } from '../frames';
import { viewElement } from '../session';

/** A project's settings page with the app's settings module. */
export async function renderSettings(projectKey: string, isCurrent: () => boolean): Promise<void> {
  if (!isCurrent()) return;
  const container = el('div', {});
  viewElement().replaceChildren(
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

/** Jira's administration: the app's admin page, with the site-wide template library. */
export async function renderAdmin(isCurrent: () => boolean): Promise<void> {
  if (!isCurrent()) return;
  const container = el('div', {});
  viewElement().replaceChildren(
    el(
      'div',
      { class: 'breadcrumbs' },
      el('span', {}, 'Jira administration'),
      el('span', {}, 'Apps'),
    ),
    container,
  );
  document.title = 'Backend Breakdown template library · Jira (local)';
  await mountFrame(container, 'jira:adminPage', {}, 'Backend Breakdown template library');
}
