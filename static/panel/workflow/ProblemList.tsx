import Button from '@atlaskit/button/new';
import { PlainList } from '../fields/PlainList';
import { Inline, Text } from '@atlaskit/primitives';

export interface LocatedMessage {
  path: string;
  message: string;
}

/** Messages that point at a field of the draft, each with a way to go there. */
export function ProblemList({
  problems,
  onLocate,
  showPaths = false,
}: {
  problems: readonly LocatedMessage[];
  onLocate: (path: string) => void;
  /** Show each field's path too: for problems the resolver reported about fields. */
  showPaths?: boolean;
}) {
  return (
    <PlainList>
      {problems.map((problem, index) => (
        <li key={`${problem.path}-${String(index)}`}>
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <Text>{problem.message}</Text>
            {showPaths && problem.path !== '' ? (
              <Text size="small" color="color.text.subtle">
                <code>{problem.path}</code>
              </Text>
            ) : null}
            {problem.path === '' ? null : (
              <Button
                appearance="subtle"
                spacing="compact"
                aria-label={`Go to field: ${problem.message}`}
                onClick={() => {
                  onLocate(problem.path);
                }}
              >
                Go to field
              </Button>
            )}
          </Inline>
        </li>
      ))}
    </PlainList>
  );
}
