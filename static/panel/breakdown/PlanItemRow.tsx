import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import type { PreviewIssueType, PreviewItem, ResolverInput } from '../../../src/contract';
import { IssueTypeName } from './IssueTypeName';
import { ItemDescription } from './ItemDescription';
import type { ItemInclusion } from './item-inclusion';
import { ROLE_LABELS } from './role-label';

const EXCLUDED_LABEL: Record<Exclude<ItemInclusion, 'included'>, string> = {
  excluded: 'Excluded',
  'excluded-with-parent': 'Excluded with its parent',
  'excluded-with-service': 'Excluded with its service',
};

const disclosureStyle = {
  display: 'inline-flex',
  alignItems: 'baseline',
  gap: token('space.075'),
  padding: `${token('space.025')} ${token('space.050')}`,
  border: 'none',
  borderRadius: token('radius.small'),
  background: 'none',
  color: 'inherit',
  font: 'inherit',
  textAlign: 'start',
  // A long summary wraps inside the row rather than running past the panel's edge.
  maxWidth: '100%',
  minWidth: 0,
  flex: '0 1 auto',
  cursor: 'pointer',
} as const;

const rowStyle = {
  display: 'flex',
  alignItems: 'flex-start',
  gap: token('space.100'),
} as const;
const titleStyle = { flex: '1 1 auto', minWidth: 0 } as const;
const titleLineStyle = {
  display: 'flex',
  alignItems: 'flex-start',
  gap: token('space.100'),
  minWidth: 0,
} as const;
const statusStyle = {
  flex: '0 0 auto',
  display: 'flex',
  alignItems: 'center',
  gap: token('space.050'),
  whiteSpace: 'nowrap',
} as const;

/**
 * One issue of the plan as Jira lists issues: the project's issue type (icon and name), the
 * summary (a disclosure showing the description), whether it exists, and, for an issue still to
 * create, the choice to leave it out.
 */
export function PlanItemRow({
  item,
  type,
  existingKey,
  inclusion,
  extraLabels,
  options,
  onToggle,
}: {
  item: PreviewItem;
  type: PreviewIssueType | undefined;
  existingKey: string | undefined;
  inclusion: ItemInclusion;
  /** Labels this item has beyond those every item has (those are said once, above the list). */
  extraLabels: readonly string[];
  options: Omit<ResolverInput<'plan/item-description'>, 'localId'>;
  /** Absent for a reader, and where the choice is not this item's to make. */
  onToggle: (() => void) | undefined;
}) {
  const [open, setOpen] = useState(false);
  const panelId = `plan-item-description-${item.localId}`;
  const excluded = inclusion !== 'included';
  const summary = item.fields.summary;
  return (
    <Box testId={`plan-item-${item.localId}`}>
      {/* Title on the left, wrapping within its column; the lozenge and the action stay on the
          right of the same line at any panel width (612 px in Jira's issue view). */}
      <div style={rowStyle}>
        <div style={titleStyle}>
          {/* The type stays beside the summary; a long summary wraps inside its button. */}
          <div style={titleLineStyle}>
            <span style={{ flex: 'none', paddingBlockStart: token('space.025') }}>
              <IssueTypeName type={type} fallback={ROLE_LABELS[item.role]} dimmed={excluded} />
            </span>
            <button
              type="button"
              style={disclosureStyle}
              aria-expanded={open}
              aria-controls={panelId}
              onClick={() => {
                setOpen(!open);
              }}
            >
              <span aria-hidden="true" style={{ display: 'inline-block', minWidth: '1em' }}>
                {open ? '▾' : '▸'}
              </span>
              <Text
                weight={item.role === 'subtask' ? 'regular' : 'medium'}
                color={excluded ? 'color.text.subtle' : 'color.text'}
              >
                {summary}
              </Text>
            </button>
          </div>
          {extraLabels.length > 0 || item.parent?.kind === 'existing' ? (
            <Inline space="space.100" shouldWrap>
              {extraLabels.length > 0 ? (
                <Text size="small" color="color.text.subtle">
                  {`Also labelled ${extraLabels.join(', ')}`}
                </Text>
              ) : null}
              {item.parent?.kind === 'existing' ? (
                <Text size="small" color="color.text.subtle">{`under ${item.parent.key}`}</Text>
              ) : null}
            </Inline>
          ) : null}
        </div>
        <div style={statusStyle}>
          {existingKey ? (
            <Lozenge appearance="success">{`Exists: ${existingKey}`}</Lozenge>
          ) : excluded ? (
            <Lozenge appearance="default">{EXCLUDED_LABEL[inclusion]}</Lozenge>
          ) : (
            <Lozenge appearance="inprogress">New</Lozenge>
          )}
          {onToggle ? (
            <Button
              appearance="subtle"
              spacing="compact"
              onClick={onToggle}
              aria-label={`${excluded ? 'Include' : 'Exclude'} ${summary}`}
            >
              {excluded ? 'Include' : 'Exclude'}
            </Button>
          ) : null}
        </div>
      </div>
      <div id={panelId} hidden={!open}>
        {open ? (
          <Box paddingBlockStart="space.050" paddingInlineStart="space.300">
            <ItemDescription options={options} localId={item.localId} />
          </Box>
        ) : null}
      </div>
    </Box>
  );
}
