import { Box } from '@atlaskit/primitives';
import { PlainList } from '../fields/PlainList';
import type { PreviewIssueType, PreviewItem, ResolverInput } from '../../../src/contract';
import { itemInclusion } from './item-inclusion';
import { PlanItemRow } from './PlanItemRow';
import { planTree, type PlanNode } from './plan-tree';

export interface PlanTreeProps {
  items: readonly PreviewItem[];
  existing: ReadonlyMap<string, string>;
  issueTypes: ReadonlyMap<string, PreviewIssueType>;
  /** What a run leaves out, and which of those the team chose (the rest hang under one). */
  excluded: ReadonlySet<string>;
  chosen: ReadonlySet<string>;
  extraLabelsOf: (item: PreviewItem) => string[];
  options: Omit<ResolverInput<'plan/item-description'>, 'localId'>;
  /** Absent for a reader. */
  onToggle: ((localId: string) => void) | undefined;
}

function Nodes({ nodes, props }: { nodes: PlanNode[]; props: PlanTreeProps }) {
  return (
    <PlainList>
      {nodes.map(({ item, children }) => {
        const existingKey = props.existing.get(item.localId);
        const inclusion = itemInclusion(item, props.excluded, props.chosen);
        // An issue in Jira is there already; one under an excluded item comes back with it.
        const mayToggle =
          existingKey === undefined && (inclusion === 'included' || inclusion === 'excluded');
        const { onToggle } = props;
        return (
          <li key={item.localId}>
            <PlanItemRow
              item={item}
              type={props.issueTypes.get(item.issueTypeId)}
              existingKey={existingKey}
              inclusion={inclusion}
              extraLabels={props.extraLabelsOf(item)}
              options={props.options}
              onToggle={
                onToggle && mayToggle
                  ? () => {
                      onToggle(item.localId);
                    }
                  : undefined
              }
            />
            {children.length > 0 ? (
              <Box paddingInlineStart="space.300" paddingBlockStart="space.050">
                <Nodes nodes={children} props={props} />
              </Box>
            ) : null}
          </li>
        );
      })}
    </PlainList>
  );
}

/** The exact issues of the plan, nested as Jira will nest them: epic → services → sub-tasks. */
export function PlanTree(props: PlanTreeProps) {
  return (
    <nav aria-label="Issues in this breakdown" data-testid="plan-tree">
      <Nodes nodes={planTree(props.items)} props={props} />
    </nav>
  );
}
