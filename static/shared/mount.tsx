import '@atlaskit/css-reset';
import { view } from '@forge/bridge';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { fitFrameToContent } from './fit-frame-to-content';
import { applyTokenDefaults } from './token-defaults';

/**
 * Follows the host's theme; a host that does not theme the frame (the local host page) gets the
 * browser's colour scheme, so the dark theme can be checked locally too.
 */
async function applyTheme(): Promise<void> {
  try {
    await view.theme.enable();
  } catch {
    // Theming is optional: the fallback below still gives the app its design tokens.
  }
  if (!document.documentElement.hasAttribute('data-theme')) {
    await setGlobalTheme({ colorMode: 'auto' });
  }
}

/** Mounts one Custom UI entry with Jira's design tokens and theme, its frame sized to it. */
export function mount(app: ReactNode): void {
  applyTokenDefaults();
  void applyTheme();
  fitFrameToContent();
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element to mount into.');
  createRoot(container).render(<StrictMode>{app}</StrictMode>);
}
