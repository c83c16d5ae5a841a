import SectionMessage from '@atlaskit/section-message';
import type { UndoReport } from '../../../src/contract';

/** What undo deleted, and which issues it could not delete and why. */
export function UndoReportMessage({ report }: { report: UndoReport }) {
  const complete = report.notDeleted.length === 0;
  return (
    <SectionMessage
      appearance={complete ? 'success' : 'warning'}
      title={`Deleted ${String(report.deleted.length)} issues`}
    >
      {complete ? (
        <p>Every issue this run created was deleted.</p>
      ) : (
        <>
          <p>These issues were not deleted:</p>
          <ul>
            {report.notDeleted.map((item) => (
              <li key={item.key}>{`${item.key}: ${item.reason}`}</li>
            ))}
          </ul>
        </>
      )}
    </SectionMessage>
  );
}
