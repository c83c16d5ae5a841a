import shape from '@atlaskit/tokens/dist/esm/artifacts/themes/atlassian-shape';
import spacing from '@atlaskit/tokens/dist/esm/artifacts/themes/atlassian-spacing';
import typography from '@atlaskit/tokens/dist/esm/artifacts/themes/atlassian-typography';

/** Atlassian's theme CSS keys each part on `html[data-theme~="<part>:<part>"]`. */
const THEME_SELECTOR =
  /html\[data-theme~="([a-z-]+):\1"\], \[data-subtree-theme\]\[data-theme~="\1:\1"\]/g;

/**
 * Spacing, radius and type tokens at `:root`, below any theme the host applies.
 *
 * Atlaskit's `token()` gives a bare `var(--ds-…)` with no fallback. Atlassian documents that
 * `view.theme.enable()` themes a Custom UI frame's colours; it does not say the host also sends the
 * spacing, shape and typography themes, and the local host page sends colours only. So the app
 * carries Atlassian's own values for those three at `:root` (specificity 0,1,0): a host that does
 * send them (`html[data-theme~=…]`, 0,1,1) still wins, and one that does not leaves no card
 * without its border or radius and no heading without its font.
 */
export function applyTokenDefaults(doc: Document = document): void {
  if (doc.getElementById('bb-token-defaults')) return;
  const style = doc.createElement('style');
  style.id = 'bb-token-defaults';
  style.textContent = [spacing, shape, typography]
    .map((css) => css.replace(THEME_SELECTOR, ':root'))
    .join('\n');
  doc.head.prepend(style);
}
