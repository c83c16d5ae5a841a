import { Box } from '@atlaskit/primitives';
import { PlainList } from '../fields/PlainList';
import type { PreviewItem as PlanItem } from '../../../src/contract';
import { PlanItemRow } from './PlanItemRow';
import { planTree, type PlanNode } from './plan-tree';

function Nodes({ nodes, existing }: { nodes: PlanNode[]; existing: ReadonlyMap<string, string> }) {
  return (
    <PlainList>
      {nodes.map((node) => (
        <li key={node.item.localId}>
          <PlanItemRow item={node.item} existingKey={existing.get(node.item.localId)} />
          {node.children.length > 0 ? (
            <Box paddingInlineStart="space.300" paddingBlockStart="space.050">
              <Nodes nodes={node.children} existing={existing} />
            </Box>
          ) : null}
        </li>
      ))}
    </PlainList>
  );
}

/** The exact issues of the plan, nested as Jira will nest them: epic → services → sub-tasks. */
export function PlanTree({
  items,
  existing,
}: {
  items: readonly PlanItem[];
  existing: ReadonlyMap<string, string>;
}) {
  return (
    <nav aria-label="Issues in this breakdown" data-testid="plan-tree">
      <Nodes nodes={planTree(items)} existing={existing} />
    </nav>
  );
}
