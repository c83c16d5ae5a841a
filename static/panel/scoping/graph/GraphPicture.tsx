import { useId, type KeyboardEvent } from 'react';
import { GRAPH_COLOURS as C } from './graph-colours';
import { edgePath, type GraphLayout, type PlacedNode } from './layout-graph';

/** Characters that fit a box at the body font; longer names are cut, whole in the tooltip. */
const FITS = 19;
const CYCLE_MARK = '↻ ';

const shortened = (label: string, room: number): string =>
  label.length <= room ? label : `${label.slice(0, room - 1).trimEnd()}…`;

/** How a service's box is announced: its name, then what the picture shows about it. */
export function nodeName(node: PlacedNode): string {
  const service = node.service;
  if (!service) return `External system ${node.label}`;
  const states = [
    service.cycle === null ? '' : ', on a dependency cycle',
    service.isolated ? ', not connected to another service' : '',
  ];
  return `${node.label}${states.join('')}`;
}

/**
 * The graph as SVG, scaled to the panel's width (never above its natural size; scrolled
 * sideways rather than shrunk below 80 %, where the text would stop being readable). Each service is a button that opens it in the form.
 */
export function GraphPicture({
  layout,
  label,
  onOpen,
}: {
  layout: GraphLayout;
  label: string;
  onOpen: (index: number) => void;
}) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const scope = `services-graph-${id}`;
  const arrow = (cycle: boolean) => `${scope}-arrow${cycle ? '-cycle' : ''}`;
  const { width, height } = layout;
  const onKey = (index: number) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onOpen(index);
  };
  return (
    <div style={{ overflowX: 'auto' }}>
      <svg
        className={scope}
        role="group"
        aria-label={label}
        viewBox={`0 0 ${String(width)} ${String(height)}`}
        width="100%"
        style={{
          display: 'block',
          maxWidth: `${String(width)}px`,
          minWidth: `${String(Math.round(width * 0.8))}px`,
        }}
      >
        <style>{`
          .${scope} [data-node] { cursor: pointer; }
          .${scope} [data-node]:focus { outline: none; }
          .${scope} [data-node]:focus-visible .ring { visibility: visible; }
          .${scope} [data-node]:hover .frame { stroke-width: 2.5px; }
        `}</style>
        <defs>
          {[false, true].map((cycle) => (
            <marker
              key={String(cycle)}
              id={arrow(cycle)}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" style={{ fill: cycle ? C.cycleEdge : C.edge }} />
            </marker>
          ))}
        </defs>
        <g aria-hidden="true">
          {layout.edges.map((edge) => (
            <path
              key={`${edge.producer} ${edge.consumer}`}
              data-edge={`${edge.producer} ${edge.consumer}`}
              data-cycle={edge.cycle ? 'true' : undefined}
              d={edgePath(edge.points)}
              fill="none"
              strokeWidth={edge.cycle ? 2.5 : 1.5}
              markerEnd={`url(#${arrow(edge.cycle)})`}
              style={{ stroke: edge.cycle ? C.cycleEdge : C.edge }}
            >
              <title>{edge.reads.join(', ')}</title>
            </path>
          ))}
        </g>
        {layout.nodes.map((node) => (
          <Node key={node.id} node={node} onKey={onKey} onOpen={onOpen} />
        ))}
      </svg>
    </div>
  );
}

function Node({
  node,
  onOpen,
  onKey,
}: {
  node: PlacedNode;
  onOpen: (index: number) => void;
  onKey: (index: number) => (event: KeyboardEvent) => void;
}) {
  const { service } = node;
  const left = node.x - node.width / 2;
  const top = node.y - node.height / 2;
  const cycle = service !== null && service.cycle !== null;
  const external = service === null;
  const mark = cycle ? CYCLE_MARK : '';
  const text = `${mark}${shortened(node.label, FITS - mark.length)}`;
  const frame = (
    <>
      <rect
        className="ring"
        x={left - 4}
        y={top - 4}
        width={node.width + 8}
        height={node.height + 8}
        rx={external ? node.height / 2 + 4 : 7}
        fill="none"
        strokeWidth={2}
        // An attribute, not a style: the stylesheet's :focus-visible rule must win over it.
        visibility="hidden"
        style={{ stroke: C.focus }}
      />
      <rect
        className="frame"
        x={left}
        y={top}
        width={node.width}
        height={node.height}
        rx={external ? node.height / 2 : 4}
        strokeWidth={cycle ? 2 : 1.5}
        strokeDasharray={service?.isolated ? '5 4' : undefined}
        style={{
          fill: cycle ? C.cycleFill : external ? C.externalFill : C.nodeFill,
          stroke: cycle ? C.cycleBorder : external ? C.externalBorder : C.nodeBorder,
        }}
      />
      <text
        x={node.x}
        y={node.y}
        textAnchor="middle"
        dominantBaseline="central"
        style={{
          fontSize: '13px',
          fill: external ? C.subtleText : C.text,
        }}
      >
        {text}
      </text>
      <title>{external ? `External system: ${node.label}` : node.label}</title>
    </>
  );
  if (!service) {
    return (
      <g role="img" aria-label={nodeName(node)} data-external={node.id}>
        {frame}
      </g>
    );
  }
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={nodeName(node)}
      data-node={service.id}
      data-cycle={cycle ? 'true' : undefined}
      data-isolated={service.isolated ? 'true' : undefined}
      onClick={() => {
        onOpen(service.index);
      }}
      onKeyDown={onKey(service.index)}
    >
      {frame}
    </g>
  );
}
