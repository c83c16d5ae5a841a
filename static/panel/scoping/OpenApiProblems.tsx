import type { DocumentProblem } from '../../../src/domain';

/** Problems listed; a document with more is told how many more there are. */
const MAX_SHOWN = 50;

/** Every problem of a document that cannot be imported, with its line and where in the document. */
export function OpenApiProblems({ problems }: { problems: DocumentProblem[] }) {
  if (problems.length === 0) return null;
  const shown = problems.slice(0, MAX_SHOWN);
  return (
    <>
      <ul aria-label="Problems in the document">
        {shown.map((problem, index) => (
          <li key={index}>
            {problem.line === undefined ? '' : `Line ${String(problem.line)}: `}
            {problem.message}
            {problem.pointer ? (
              <>
                {' '}
                <code>{problem.pointer}</code>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {problems.length > MAX_SHOWN ? (
        <p>{`…and ${String(problems.length - MAX_SHOWN)} more.`}</p>
      ) : null}
    </>
  );
}
