import { Text } from '@atlaskit/primitives';
import type { TemplateDifference } from './template-differences';

const CELL = {
  textAlign: 'start' as const,
  verticalAlign: 'top' as const,
  padding: 'var(--ds-space-075, 6px) var(--ds-space-100, 8px)',
  borderBottom: '1px solid var(--ds-border, #091E4224)',
  overflowWrap: 'anywhere' as const,
};

/** What differs between two templates, with both values side by side, as a table. */
export function DifferencesTable({
  caption,
  differences,
  leftTitle,
  rightTitle,
}: {
  caption: string;
  differences: readonly TemplateDifference[];
  leftTitle: string;
  rightTitle: string;
}) {
  if (differences.length === 0) return <Text>{`${caption}: no differences.`}</Text>;
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' }}>
      <caption
        style={{
          textAlign: 'start',
          font: 'inherit',
          fontWeight: 600,
          paddingBlockEnd: 'var(--ds-space-050, 4px)',
        }}
      >
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col" style={CELL}>
            What
          </th>
          <th scope="col" style={CELL}>
            {leftTitle}
          </th>
          <th scope="col" style={CELL}>
            {rightTitle}
          </th>
        </tr>
      </thead>
      <tbody>
        {differences.map((d) => (
          <tr key={d.label}>
            <th scope="row" style={{ ...CELL, fontWeight: 400 }}>
              {d.label}
            </th>
            <td style={CELL}>{d.left}</td>
            <td style={CELL}>{d.right}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
