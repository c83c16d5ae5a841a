/**
 * The host page: a Jira-like shell that shows an issue with the app's panel, an epic's issue
 * action in a modal, the project settings page, and a plain issue browser. It answers the Forge
 * bridge calls of the app frames (frames.ts) the way Jira's frame host does.
 */
import { devFetch } from './dev-fetch';
import { el } from './dom';
import { listenToFrames, setTheme } from './frames';
import { session, viewElement } from './session';
import type { Config } from './types';
import { renderAutomation, watchRules } from './views/automation-view';
import { renderIssues } from './views/issue-browser';
import { renderIssue } from './views/issue-view';
import { renderRovo } from './views/rovo-view';
import { renderAdmin, renderSettings } from './views/settings-view';

/** Each render gets a number; a slower, older render must not overwrite a newer one. */
let renderSeq = 0;

async function render(): Promise<void> {
  const mine = ++renderSeq;
  const isCurrent = (): boolean => mine === renderSeq;
  // A dialog belongs to the page it was opened on: navigating closes it (its frames go below).
  for (const dismiss of [...session.modals]) dismiss();
  session.frames.clear();
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
    else if (hash === '/admin/templates') await renderAdmin(isCurrent);
    else if (hash === '/automation') await renderAutomation(isCurrent);
    else if (hash === '/rovo') await renderRovo(isCurrent);
    else location.hash = `#/browse/${session.config?.projects[0] ?? 'SHOP'}-2`;
  } catch (error) {
    if (!isCurrent()) return;
    viewElement().replaceChildren(
      el(
        'div',
        { class: 'error-box', role: 'alert' },
        error instanceof Error ? error.message : String(error),
      ),
    );
  }
}

function fillTopBar(config: Config): void {
  const switcher = document.getElementById('user-switcher') as HTMLSelectElement;
  if (config.mode === 'real-site') {
    switcher.append(el('option', {}, 'API token owner'));
    switcher.disabled = true;
  } else {
    for (const u of config.users) {
      const option = el('option', { value: u.key }, `${u.displayName} (${u.key})`);
      if (u.key === session.user) option.selected = true;
      switcher.append(option);
    }
  }
  switcher.addEventListener('change', () => {
    session.user = switcher.value;
    localStorage.setItem('bb-dev-user', session.user);
    void render();
  });
  const themeSwitcher = document.getElementById('theme-switcher') as HTMLSelectElement;
  themeSwitcher.value = session.theme;
  themeSwitcher.addEventListener('change', () => {
    const theme = themeSwitcher.value === 'dark' ? 'dark' : 'light';
    localStorage.setItem('bb-dev-theme', theme);
    setTheme(theme);
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
  nav.append(el('a', { href: '#/admin/templates', 'data-project': 'admin' }, 'Template library'));
  nav.append(el('a', { href: '#/automation', 'data-project': 'automation' }, 'Automation'));
  nav.append(el('a', { href: '#/rovo', 'data-project': 'rovo' }, 'Rovo'));
  document.getElementById('goto')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = document.getElementById('goto-key') as HTMLInputElement;
    const key = input.value.trim().toUpperCase();
    if (key) location.hash = `#/browse/${key}`;
  });
}

async function start(): Promise<void> {
  const config = (await (await devFetch('/__dev/config')).json()) as Config;
  session.config = config;
  session.rerender = () => void render();
  setTheme(session.theme);
  fillTopBar(config);
  listenToFrames();
  watchRules();
  window.addEventListener('hashchange', () => void render());
  await render();
}

void start();
