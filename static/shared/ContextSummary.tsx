import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { AppContext } from '../../src/contract';

/** What the app knows about where it was opened: the issue and its project. */
export function ContextSummary({ context }: { context: AppContext }) {
  return (
    <Box padding="space.100" testId="context-summary">
      <Stack space="space.050">
        {context.issue ? (
          <Inline space="space.100" alignBlock="center">
            <Text weight="bold">{context.issue.key}</Text>
            <Text>{context.issue.summary}</Text>
            <Lozenge>{context.issue.issueType.name}</Lozenge>
          </Inline>
        ) : null}
        <Text color="color.text.subtle">
          {context.project.name} ({context.project.key},{' '}
          {context.project.style === 'next-gen' ? 'team-managed' : 'company-managed'})
        </Text>
      </Stack>
    </Box>
  );
}
