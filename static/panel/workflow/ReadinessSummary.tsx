import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { ReadinessFinding } from '../../../src/domain';
import { ProblemList } from './ProblemList';

/** Live readiness of the draft against the chosen template: what blocks creation, what is advice. */
export function ReadinessSummary({
  findings,
  onLocate,
}: {
  findings: readonly ReadinessFinding[];
  onLocate: (path: string) => void;
}) {
  const blockers = findings.filter((f) => f.severity === 'blocker');
  const warnings = findings.filter((f) => f.severity === 'warning');
  return (
    <section aria-labelledby="readiness-heading" data-testid="readiness">
      <Stack space="space.100">
        <Inline space="space.100" alignBlock="center">
          <Heading size="xsmall" as="h4" id="readiness-heading">
            Readiness
          </Heading>
          {blockers.length > 0 ? (
            <Lozenge appearance="removed">{`${String(blockers.length)} blocking`}</Lozenge>
          ) : (
            <Lozenge appearance="success">Ready to break down</Lozenge>
          )}
          {warnings.length > 0 ? (
            <Lozenge appearance="moved">{`${String(warnings.length)} warnings`}</Lozenge>
          ) : null}
        </Inline>
        {blockers.length > 0 ? (
          <Stack space="space.050" testId="readiness-blockers">
            <Text weight="medium">Blocks creating issues</Text>
            <ProblemList problems={blockers} onLocate={onLocate} />
          </Stack>
        ) : null}
        {warnings.length > 0 ? (
          <Stack space="space.050" testId="readiness-warnings">
            <Text weight="medium">Worth fixing</Text>
            <ProblemList problems={warnings} onLocate={onLocate} />
          </Stack>
        ) : null}
      </Stack>
    </section>
  );
}
