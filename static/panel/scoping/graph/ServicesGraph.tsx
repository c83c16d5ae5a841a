import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { memo, useId, useMemo, useState, type CSSProperties } from 'react';
import { describeServiceGraph, type ServiceGraph } from '../../../../src/domain';
import { GraphLegend } from './GraphLegend';
import { GraphPicture } from './GraphPicture';
import { layoutServiceGraph } from './layout-graph';

/** About the panel's width on Jira's issue view: the layout picks its direction for it. */
const PANEL_WIDTH = 680;
const LAYOUT_MARK = 'services-graph:layout';

const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};

const countOf = (n: number, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`;

/**
 * Who consumes whose output, as a picture and in words. Laid out only when the graph changes
 * (the caller hands the same object while it says the same), never on a keystroke elsewhere.
 */
export const ServicesGraph = memo(function ServicesGraph({
  graph,
  onOpen,
}: {
  graph: ServiceGraph;
  /** Opens the service at this index of the draft in the form. */
  onOpen: (index: number) => void;
}) {
  const layout = useMemo(() => {
    // A User Timing mark per layout: the profiler (and a browser test) can see when it ran.
    performance.mark(LAYOUT_MARK);
    return layoutServiceGraph(graph, PANEL_WIDTH);
  }, [graph]);
  const text = useMemo(() => describeServiceGraph(graph), [graph]);
  const [listShown, setListShown] = useState(false);
  const headingId = useId();
  const listId = useId();
  const summary = [
    countOf(graph.services.length, 'service', 'services'),
    graph.externals.length > 0
      ? countOf(graph.externals.length, 'external system', 'external systems')
      : '',
    graph.cycles.length > 0 ? countOf(graph.cycles.length, 'cycle', 'cycles') : '',
  ]
    .filter((part) => part !== '')
    .join(', ');
  return (
    <section aria-labelledby={headingId} data-testid="services-graph">
      <Stack space="space.100">
        <Inline space="space.100" alignBlock="center" spread="space-between">
          <Heading size="xsmall" as="h4" id={headingId}>
            How the services depend on each other
          </Heading>
          <Button
            appearance="subtle"
            spacing="compact"
            aria-controls={listId}
            onClick={() => {
              setListShown((shown) => !shown);
            }}
          >
            {listShown ? 'Hide the list' : 'Show as list'}
          </Button>
        </Inline>
        <GraphLegend
          hasCycle={graph.cycles.length > 0}
          hasIsolated={graph.services.some((service) => service.isolated)}
          hasExternal={graph.externals.length > 0}
        />
        <GraphPicture
          layout={layout}
          label={`Dependency graph: ${summary}. Select a service to open it in the form.`}
          onOpen={onOpen}
        />
        {text.cycles.map((cycle) => (
          <Text key={cycle} color="color.text.danger" size="small">
            {cycle}
          </Text>
        ))}
        <div
          id={listId}
          style={listShown ? undefined : visuallyHidden}
          data-testid="services-graph-text"
        >
          <ul style={{ margin: 0, paddingInlineStart: '24px' }}>
            {text.services.map((service) => (
              <li key={service.id}>
                <Text>{service.text}</Text>
              </li>
            ))}
          </ul>
        </div>
      </Stack>
    </section>
  );
});
