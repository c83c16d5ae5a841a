import SectionMessage from '@atlaskit/section-message';
import type { BuildPlanError, ReadinessFinding } from '../../../src/domain';
import { ProblemList } from '../workflow/ProblemList';

/** Why no plan can be built yet, with the blocking findings to fix. */
export function NotReady({
  problem,
  findings,
  onLocate,
}: {
  problem: BuildPlanError;
  findings: readonly ReadinessFinding[];
  onLocate: (path: string) => void;
}) {
  const blockers = findings.filter((finding) => finding.severity === 'blocker');
  return (
    <SectionMessage appearance="warning" title="Not ready to create issues">
      <p>{problem.message}</p>
      {blockers.length > 0 ? <ProblemList problems={blockers} onLocate={onLocate} /> : null}
    </SectionMessage>
  );
}
