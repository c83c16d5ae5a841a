import Button from '@atlaskit/button/new';
import { Inline, Text } from '@atlaskit/primitives';
import { useId } from 'react';
import { PlainList } from '../fields/PlainList';

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
  const listId = useId();
  return (
    <PlainList>
      {problems.map((problem, index) => (
        <li key={`${problem.path}-${String(index)}`}>
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <Text id={`${listId}-${String(index)}`}>{problem.message}</Text>
            {showPaths && problem.path !== '' ? (
              <Text size="small" color="color.text.subtle">
                <code>{problem.path}</code>
              </Text>
            ) : null}
            {problem.path === '' ? null : (
              <Button
                appearance="subtle"
                spacing="compact"
                // Named by what it shows; the message it leads from describes it.
                aria-describedby={`${listId}-${String(index)}`}
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
