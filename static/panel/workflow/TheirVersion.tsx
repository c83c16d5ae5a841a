import { Stack, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { Draft } from '../../../src/domain';
import { draftDifferences } from '../draft/draft-differences';

const cell = {
  textAlign: 'start',
  verticalAlign: 'top',
  padding: `${token('space.050')} ${token('space.100')}`,
  borderBottom: `1px solid ${token('color.border')}`,
  overflowWrap: 'anywhere',
} as const;

const shown = (value: string) => (value === '' ? '(empty)' : value);

/** Their saved version beside the person's, field by field where they differ; read-only. */
export function TheirVersion({ theirs, mine }: { theirs: Draft; mine: Draft }) {
  const differences = draftDifferences(theirs, mine);
  if (differences.length === 0) {
    return <Text>Their version holds the same as yours.</Text>;
  }
  return (
    <Stack space="space.100">
      <table
        aria-label="Their version beside yours"
        style={{ borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' }}
      >
        <thead>
          <tr>
            <th scope="col" style={cell}>
              Field
            </th>
            <th scope="col" style={cell}>
              Their version
            </th>
            <th scope="col" style={cell}>
              Yours
            </th>
          </tr>
        </thead>
        <tbody>
          {differences.map((difference) => (
            <tr key={difference.field}>
              <th scope="row" style={{ ...cell, fontWeight: 'normal' }}>
                {difference.field}
              </th>
              <td style={cell}>{shown(difference.theirs)}</td>
              <td style={cell}>{shown(difference.mine)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Stack>
  );
}
