import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { ItemOutcome } from '../../../src/contract';
import type { OutcomeNode } from './outcome-tree';

type Outcome = ItemOutcome['outcome'];

/** Each outcome's lozenge: what happened to the issue, in the words Jira users read. */
const LOZENGES: Readonly<Record<Outcome, { label: string; appearance: ThemeAppearance }>> = {
  created: { label: 'created', appearance: 'success' },
  existed: { label: 'existing', appearance: 'default' },
  failed: { label: 'failed', appearance: 'removed' },
  blocked: { label: 'blocked', appearance: 'moved' },
  pending: { label: 'pending', appearance: 'inprogress' },
  deleted: { label: 'undone', appearance: 'default' },
};

/** The indent of one level of the tree, inside the type column. */
export const INDENT_REM = 1.25;
const TYPE_REM = 6;

/** The columns every row shares, so keys and summaries line up whatever the depth. */
export const rowColumns = (depth: number) =>
  `${String((depth - 1) * INDENT_REM + TYPE_REM)}rem 6.5rem minmax(0, 1fr) max-content`;

const linkStyle = { color: token('color.link'), fontWeight: 500 } as const;

/** An issue key as Jira shows it: a link to the issue, opening in a new tab. */
export function IssueKeyLink({ issueKey, siteUrl }: { issueKey: string; siteUrl: string | null }) {
  if (siteUrl === null) return <span>{issueKey}</span>;
  return (
    <a
      href={`${siteUrl}/browse/${encodeURIComponent(issueKey)}`}
      target="_blank"
      rel="noopener noreferrer"
      style={linkStyle}
    >
      {issueKey}
    </a>
  );
}

/**
 * One row of the results: issue type, key, summary, and what happened to it. A failed or
 * blocked issue says why under its summary.
 */
export function OutcomeRow({
  node,
  level,
  columns,
  siteUrl,
}: {
  node: OutcomeNode;
  level: number;
  columns: string;
  siteUrl: string | null;
}) {
  const { outcome } = node;
  const lozenge = outcome ? LOZENGES[outcome.outcome] : null;
  return (
    <div
      data-testid={outcome ? `outcome-${node.id}` : 'outcome-parent'}
      style={{
        display: 'grid',
        gridTemplateColumns: columns,
        columnGap: token('space.100'),
        alignItems: 'baseline',
        paddingBlock: token('space.050'),
        borderBlockEnd: `1px solid ${token('color.border')}`,
      }}
    >
      <span
        style={{
          paddingInlineStart: `${String((level - 1) * INDENT_REM)}rem`,
          color: token('color.text.subtle'),
          overflowWrap: 'anywhere',
        }}
      >
        {node.issueType ?? ''}
      </span>
      <span>
        {node.issueKey === null ? null : outcome?.outcome === 'deleted' ? (
          <span style={{ color: token('color.text.subtlest') }}>{node.issueKey}</span>
        ) : (
          <IssueKeyLink issueKey={node.issueKey} siteUrl={siteUrl} />
        )}
      </span>
      <span style={{ overflowWrap: 'anywhere' }}>
        <span style={{ fontWeight: level === 1 ? 500 : 400 }}>{node.summary}</span>
        {node.problem ? (
          <span style={{ display: 'block', color: token('color.text.danger') }}>
            {node.problem}
          </span>
        ) : null}
      </span>
      <span>
        {lozenge ? <Lozenge appearance={lozenge.appearance}>{lozenge.label}</Lozenge> : null}
      </span>
    </div>
  );
}
