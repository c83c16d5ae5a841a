import { token } from '@atlaskit/tokens';

/** Design tokens, so the picture follows Jira's light and dark themes. */
export const GRAPH_COLOURS = {
  nodeFill: token('elevation.surface.raised'),
  nodeHover: token('elevation.surface.hovered'),
  nodeBorder: token('color.border.bold'),
  text: token('color.text'),
  subtleText: token('color.text.subtle'),
  edge: token('color.border.bold'),
  cycleBorder: token('color.border.danger'),
  cycleFill: token('color.background.danger'),
  cycleEdge: token('color.border.danger'),
  isolatedBorder: token('color.border.bold'),
  externalFill: token('color.background.neutral'),
  externalBorder: token('color.border'),
  focus: token('color.border.focused'),
} as const;
