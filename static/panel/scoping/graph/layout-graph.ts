import { Graph, layout, type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { GraphService, ServiceGraph } from '../../../../src/domain';

export interface Point {
  x: number;
  y: number;
}

/** A box of the picture, with its centre where dagre put it. */
export interface PlacedNode {
  id: string;
  /** The service it draws, or none for an external system. */
  service: GraphService | null;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  producer: string;
  consumer: string;
  cycle: boolean;
  reads: string[];
  points: Point[];
}

export interface GraphLayout {
  width: number;
  height: number;
  /** Outputs flow top to bottom (`TB`) or left to right (`LR`). */
  direction: 'TB' | 'LR';
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export const NODE_WIDTH = 152;
export const NODE_HEIGHT = 40;
const GAP = 24;
const MARGIN = 8;

/**
 * Lays the services out with dagre, producers before consumers, in whichever direction keeps
 * the text largest once scaled to `panelWidth`. Services with no edge at all are not part of
 * the flow: they line up in rows under it, so a draft of unconnected services stays compact.
 */
export function layoutServiceGraph(graph: ServiceGraph, panelWidth: number): GraphLayout {
  const onEdge = new Set(graph.edges.flatMap((edge) => [edge.producer, edge.consumer]));
  const flowing = [
    ...graph.services.filter((service) => onEdge.has(service.id)),
    ...graph.externals,
  ];
  const loose = graph.services.filter((service) => !onEdge.has(service.id));

  const flows =
    flowing.length === 0 ? [] : (['TB', 'LR'] as const).map((d) => flowLayout(graph, d));
  const scale = (candidate: GraphLayout) => Math.min(1, panelWidth / candidate.width);
  const flow = flows.reduce<GraphLayout | null>(
    (best, candidate) =>
      best === null ||
      scale(candidate) > scale(best) + 0.05 ||
      (scale(candidate) >= scale(best) &&
        candidate.width * candidate.height < best.width * best.height * 0.8)
        ? candidate
        : best,
    null,
  ) ?? { width: 0, height: 0, direction: 'TB' as const, nodes: [], edges: [] };

  // The rows stay within the panel even when the flow above is wider and scrolls sideways.
  const rowWidth = Math.min(panelWidth, looseWidth(loose.length));
  const width = Math.max(flow.width, rowWidth);
  const columns = Math.max(1, Math.floor((rowWidth - 2 * MARGIN + GAP) / (NODE_WIDTH + GAP)));
  const top = flow.height === 0 ? MARGIN : flow.height + GAP / 2;
  const rows = Math.ceil(loose.length / columns);
  const placedLoose = loose.map((service, at): PlacedNode => ({
    id: service.id,
    service,
    label: service.label,
    x: MARGIN + (at % columns) * (NODE_WIDTH + GAP) + NODE_WIDTH / 2,
    y: top + Math.floor(at / columns) * (NODE_HEIGHT + GAP) + NODE_HEIGHT / 2,
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
  }));
  return {
    width,
    height: rows === 0 ? flow.height : top + rows * (NODE_HEIGHT + GAP) - GAP + MARGIN,
    direction: flow.direction,
    nodes: [...flow.nodes, ...placedLoose],
    edges: flow.edges,
  };
}

const looseWidth = (count: number): number =>
  count === 0 ? 0 : 2 * MARGIN + count * NODE_WIDTH + (count - 1) * GAP;

function flowLayout(graph: ServiceGraph, direction: 'TB' | 'LR'): GraphLayout {
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>();
  g.setGraph({
    rankdir: direction,
    nodesep: GAP,
    ranksep: 40,
    edgesep: 12,
    marginx: MARGIN,
    marginy: MARGIN,
  });
  g.setDefaultEdgeLabel(() => ({}));
  const onEdge = new Set(graph.edges.flatMap((edge) => [edge.producer, edge.consumer]));
  const nodes: { id: string; service: GraphService | null; label: string }[] = [
    ...graph.services
      .filter((service) => onEdge.has(service.id))
      .map((service) => ({ id: service.id, service, label: service.label })),
    ...graph.externals.map((system) => ({ id: system.id, service: null, label: system.label })),
  ];
  for (const node of nodes) g.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of graph.edges) g.setEdge(edge.producer, edge.consumer);
  layout(g);
  const size = g.graph();
  return {
    width: size.width ?? 0,
    height: size.height ?? 0,
    direction,
    nodes: nodes.map((node) => {
      const placed = g.node(node.id);
      return {
        ...node,
        x: placed.x ?? 0,
        y: placed.y ?? 0,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
      };
    }),
    edges: graph.edges.map((edge) => ({
      ...edge,
      points: g.edge(edge.producer, edge.consumer).points ?? [],
    })),
  };
}

/** A smooth path through dagre's points: straight ends, curves through the bends between. */
export function edgePath(points: Point[]): string {
  const [first, ...rest] = points;
  if (first === undefined) return '';
  const last = rest[rest.length - 1];
  if (last === undefined) return '';
  const mid = (a: Point, b: Point) => `${String((a.x + b.x) / 2)} ${String((a.y + b.y) / 2)}`;
  const parts = [`M ${String(first.x)} ${String(first.y)}`];
  let previous = first;
  rest.slice(0, -1).forEach((point, at) => {
    const next = rest[at + 1] ?? last;
    if (at === 0) parts.push(`L ${mid(previous, point)}`);
    parts.push(`Q ${String(point.x)} ${String(point.y)} ${mid(point, next)}`);
    previous = point;
  });
  parts.push(`L ${String(last.x)} ${String(last.y)}`);
  return parts.join(' ');
}
