import type { Config, Frame } from './types';

/** The host page's state: who is signed in, the server's config, the mounted app frames. */
export const session = {
  user:
    new URLSearchParams(location.search).get('user') ??
    localStorage.getItem('bb-dev-user') ??
    'admin',
  /** The theme Jira would pass to frames that call `view.theme.enable()`. */
  theme:
    (new URLSearchParams(location.search).get('theme') ??
      localStorage.getItem('bb-dev-theme') ??
      'light') === 'dark'
      ? ('dark' as const)
      : ('light' as const),
  config: undefined as Config | undefined,
  frames: new Map<string, Frame>(),
  /** What closes each open modal when the person navigates away (set by modal.ts). */
  modals: new Set<() => void>(),
  /** Renders the current route again; set by host.ts. */
  rerender: (): void => undefined,
};

export const viewElement = (): HTMLElement => document.getElementById('view') as HTMLElement;
