import { Inline, Text } from '@atlaskit/primitives';
import type { CSSProperties, ReactNode } from 'react';
import { GRAPH_COLOURS as C } from './graph-colours';

const listStyle: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  // Spacing tokens are not defined in the panel's theme (only colours are): plain 4/16 px.
  gap: '4px 16px',
  listStyle: 'none',
  margin: 0,
  padding: 0,
};

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

const box = (stroke: string, fill: string, dashed = false) => (
  <rect
    x="2"
    y="2"
    width="24"
    height="12"
    rx="3"
    style={{ stroke, fill, strokeWidth: 1.5, strokeDasharray: dashed ? '4 3' : undefined }}
  />
);

/** What the colours and lines of the picture mean; only the kinds the picture has. */
export function GraphLegend({
  hasCycle,
  hasIsolated,
  hasExternal,
}: {
  hasCycle: boolean;
  hasIsolated: boolean;
  hasExternal: boolean;
}) {
  const items: { key: string; swatch: ReactNode; text: string }[] = [
    {
      key: 'flow',
      swatch: (
        <Swatch>
          <line x1="2" y1="8" x2="22" y2="8" style={{ stroke: C.edge, strokeWidth: 1.5 }} />
          <path d="M 20 4 L 26 8 L 20 12 z" style={{ fill: C.edge }} />
        </Swatch>
      ),
      text: 'Output flows to the service that consumes it',
    },
  ];
  if (hasCycle)
    items.push({
      key: 'cycle',
      swatch: <Swatch>{box(C.cycleBorder, C.cycleFill)}</Swatch>,
      text: '↻ On a dependency cycle',
    });
  if (hasIsolated)
    items.push({
      key: 'isolated',
      swatch: <Swatch>{box(C.isolatedBorder, C.nodeFill, true)}</Swatch>,
      text: 'Not connected to another service',
    });
  if (hasExternal)
    items.push({
      key: 'external',
      swatch: <Swatch>{box(C.externalBorder, C.externalFill)}</Swatch>,
      text: 'External system',
    });
  return (
    <ul aria-label="Legend" style={listStyle}>
      {items.map((item) => (
        <li key={item.key} style={{ margin: 0 }}>
          <Inline space="space.075" alignBlock="center">
            {item.swatch}
            <Text size="small" color="color.text.subtle">
              {item.text}
            </Text>
          </Inline>
        </li>
      ))}
    </ul>
  );
}
