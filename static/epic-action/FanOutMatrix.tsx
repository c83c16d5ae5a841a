import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { EpicPreview } from '../../src/contract';
import type { FanOutCell } from '../../src/domain/fan-out/epic-child';
import { IssueKeyLink } from '../panel/run/OutcomeRow';
import { useSiteUrl } from '../panel/run/use-site-url';

const cellStyle = {
  padding: `${token('space.075')} ${token('space.100')}`,
  borderBottom: `1px solid ${token('color.border')}`,
  textAlign: 'left' as const,
  verticalAlign: 'top' as const,
};
const headStyle = {
  ...cellStyle,
  position: 'sticky' as const,
  top: 0,
  background: token('elevation.surface'),
  color: token('color.text.subtle'),
  font: token('font.heading.xxsmall'),
  zIndex: 1,
};

function Cell({ cell, siteUrl }: { cell: FanOutCell; siteUrl: string | null }) {
  switch (cell.state) {
    case 'create':
      return <Lozenge appearance="new">Create</Lozenge>;
    case 'exists':
      return (
        <Inline space="space.050" alignBlock="center">
          <Lozenge appearance="success">Exists</Lozenge>
          <IssueKeyLink issueKey={cell.key} siteUrl={siteUrl} />
        </Inline>
      );
    case 'adopt':
      return (
        <Inline space="space.050" alignBlock="center">
          <Lozenge appearance="moved">Adopt</Lozenge>
          <IssueKeyLink issueKey={cell.key} siteUrl={siteUrl} />
        </Inline>
      );
    case 'cannot':
      return <Lozenge appearance="removed">Cannot</Lozenge>;
  }
}

const STATE_WORDS: Record<FanOutCell['state'], string> = {
  create: 'will be created',
  exists: 'exists already',
  adopt: 'an existing sub-task with this summary is kept',
  cannot: 'cannot be created',
};

/** Children × sub-task items: what each pair gets, with the reason where a child cannot. */
export function FanOutMatrix({ preview }: { preview: EpicPreview }) {
  const siteUrl = useSiteUrl();
  const items = preview.items.filter((i) => preview.chosenItemKeys.includes(i.key));
  if (preview.rows.length === 0) {
    return (
      <Text color="color.text.subtle">
        {preview.totals.children === 0
          ? `${preview.epic.key} has no children yet.`
          : 'No child of this epic matches the filters.'}
      </Text>
    );
  }
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="fan-out-matrix">
      <caption style={{ textAlign: 'left', paddingBottom: token('space.050') }}>
        <Text color="color.text.subtle">
          {`Sub-tasks per child of ${preview.epic.key}, in the order they are created`}
        </Text>
      </caption>
      <thead>
        <tr>
          <th scope="col" style={headStyle}>
            Child
          </th>
          {items.map((item) => (
            <th scope="col" key={item.key} style={headStyle}>
              {item.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {preview.rows.map((row) => (
          <tr key={row.child.id}>
            <th scope="row" style={{ ...cellStyle, fontWeight: 'normal', minWidth: '16rem' }}>
              <Stack space="space.025">
                <Inline space="space.075" alignBlock="center" shouldWrap>
                  <Text weight="bold">
                    <IssueKeyLink issueKey={row.child.key} siteUrl={siteUrl} />
                  </Text>
                  <Text>{row.child.summary}</Text>
                </Inline>
                <Text size="small" color="color.text.subtle">
                  {[row.child.issueType, row.child.status, row.child.assignee ?? 'Unassigned']
                    .concat(row.child.labels)
                    .join(' · ')}
                </Text>
                {/* The permission is said once, above, not under every child. */}
                {row.cannot && row.cannot !== preview.readOnlyReason ? (
                  <Text size="small" color="color.text.danger">
                    {row.cannot}
                  </Text>
                ) : null}
              </Stack>
            </th>
            {row.cells.map((cell) => (
              <td
                key={cell.itemKey}
                style={cellStyle}
                title={cell.summary}
                aria-label={`${cell.summary}: ${STATE_WORDS[cell.state]}`}
              >
                <Cell cell={cell} siteUrl={siteUrl} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
