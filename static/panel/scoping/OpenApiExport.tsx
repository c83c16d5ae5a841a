import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { call } from '@ui/invoke';
import { ResolverError } from '@ui/ResolverError';
import { useFileDownload } from '@ui/use-file-download';

type Format = 'yaml' | 'json';

/**
 * "Download OpenAPI": the saved draft's Scoping as an OpenAPI 3.1 skeleton, the deliverable of
 * an OpenAPI-sketch spike (`scoping/export-openapi`).
 */
export function OpenApiExport({
  unsaved,
  sketchSpike,
}: {
  unsaved: boolean;
  /** The team chose to sketch the API first: this download is that spike's deliverable. */
  sketchSpike: boolean;
}) {
  const { busy, error, done, download } = useFileDownload((format: Format) =>
    call('scoping/export-openapi', { format }),
  );

  return (
    <Stack space="space.100">
      {sketchSpike ? <Text weight="bold">The OpenAPI sketch spike’s deliverable</Text> : null}
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Button isLoading={busy === 'yaml'} onClick={() => void download('yaml')}>
          Download OpenAPI (YAML)
        </Button>
        <Button isLoading={busy === 'json'} onClick={() => void download('json')}>
          Download OpenAPI (JSON)
        </Button>
      </Inline>
      <Text size="small" color="color.text.subtlest">
        {unsaved
          ? 'Exports the saved draft: save first to include your latest changes.'
          : 'An OpenAPI 3.1 skeleton of these services, for the spike or the team that builds them.'}
      </Text>
      <div role="status">{done ? <Text>{done}</Text> : null}</div>
      {error ? <ResolverError error={error} /> : null}
    </Stack>
  );
}
