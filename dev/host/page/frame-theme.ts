/**
 * Inside an app frame: applies the host's theme the way Jira does for Custom UI once the app calls
 * `view.theme.enable()`: Atlassian's design-token CSS for both color modes, and on the frame's
 * `<html>` the attributes the tokens key on (`data-theme="dark:dark light:light"`,
 * `data-color-mode`), kept in step with the host's switch.
 */
import dark from '@atlaskit/tokens/dist/esm/artifacts/themes/atlassian-dark';
import light from '@atlaskit/tokens/dist/esm/artifacts/themes/atlassian-light';

export type ColorMode = 'light' | 'dark';

export function applyFrameTheme(colorMode: ColorMode): void {
  if (!document.getElementById('bb-host-theme')) {
    const style = document.createElement('style');
    style.id = 'bb-host-theme';
    style.textContent = `${light}\n${dark}`;
    document.head.append(style);
  }
  const root = document.documentElement;
  root.setAttribute('data-theme', 'dark:dark light:light');
  root.setAttribute('data-color-mode', colorMode);
}
