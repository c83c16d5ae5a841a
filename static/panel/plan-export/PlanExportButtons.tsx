import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { ResolverInput } from '../../../src/contract';
import { call } from '@ui/invoke';
import { ResolverError } from '@ui/ResolverError';
import { useFileDownload } from '@ui/use-file-download';

type Format = ResolverInput<'plan/export'>['format'];

const FORMATS: { format: Format; label: string }[] = [
  { format: 'markdown', label: 'Download Markdown' },
  { format: 'csv', label: 'Download CSV for Jira import' },
  { format: 'json', label: 'Download JSON' },
];

/**
 * The previewed plan as a file (`plan/export`), so the team can review the breakdown in a pull
 * request, a Confluence page or a spreadsheet before anything is created.
 */
export function PlanExportButtons({
  options,
}: {
  options: Omit<ResolverInput<'plan/export'>, 'format'>;
}) {
  const { busy, error, done, download } = useFileDownload((format: Format) =>
    call('plan/export', { ...options, format }),
  );

  return (
    <Stack space="space.100">
      <Text size="small" color="color.text.subtle">
        Review the plan outside Jira first:
      </Text>
      <Inline space="space.100" shouldWrap>
        {FORMATS.map(({ format, label }) => (
          <Button key={format} isLoading={busy === format} onClick={() => void download(format)}>
            {label}
          </Button>
        ))}
      </Inline>
      <div role="status">{done ? <Text>{done}</Text> : null}</div>
      {error ? <ResolverError error={error} /> : null}
    </Stack>
  );
}
