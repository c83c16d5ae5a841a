import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import { runIsFinal } from '../../../src/domain/run/run-lifecycle';
import type { Run } from '../../../src/contract-run';
import { OutcomeRow, rowColumns } from './OutcomeRow';
import { outcomeTree, treeDepth, type OutcomeNode } from './outcome-tree';
import { useRunOutline } from './use-run-outline';
import { useSiteUrl } from './use-site-url';

const listStyle = { listStyle: 'none', margin: 0, padding: 0 } as const;
// Jira's CSS reset spaces list items apart; rows are spaced by their own padding instead.
const itemStyle = { margin: 0 } as const;

function Level({
  nodes,
  level,
  columns,
  siteUrl,
  label,
}: {
  nodes: readonly OutcomeNode[];
  level: number;
  columns: string;
  siteUrl: string | null;
  label?: string;
}) {
  return (
    <ul style={listStyle} aria-label={label}>
      {nodes.map((node) => (
        <li key={node.id} style={itemStyle}>
          <OutcomeRow node={node} level={level} columns={columns} siteUrl={siteUrl} />
          {node.children.length > 0 ? (
            <Level nodes={node.children} level={level + 1} columns={columns} siteUrl={siteUrl} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The issues a run handled, nested as in Jira (epic, its stories, their sub-tasks; or an epic's
 * children and their new sub-tasks), each with its type, key (a link), summary and outcome.
 */
export function RunOutcomes({ run }: { run: Pick<Run, 'runId' | 'status' | 'items'> }) {
  const outline = useRunOutline(run);
  const siteUrl = useSiteUrl();
  // While a run goes, its progress says how far it got; the issues are listed (with their
  // summaries, read once) when it ends, never as rows with nothing but "pending".
  if (!runIsFinal(run.status)) return null;
  const tree = outcomeTree(run.items, outline);
  const columns = rowColumns(Math.max(1, treeDepth(tree)));
  return (
    <Stack space="space.050" testId="run-outcomes">
      <Heading size="xsmall" as="h4">
        Issues
      </Heading>
      <Level
        nodes={tree}
        level={1}
        columns={columns}
        siteUrl={siteUrl}
        label="Issues of this run"
      />
    </Stack>
  );
}
