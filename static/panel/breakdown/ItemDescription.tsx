import { Box } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { ResolverInput } from '../../../src/contract';
import { Loading } from '@ui/Loading';
import { ResolverError } from '@ui/ResolverError';
import { useResolver } from '@ui/use-resolver';
import { AdfDocument } from './adf/AdfDocument';

/** One item's description, asked for when the item is first expanded, rendered as Jira will. */
export function ItemDescription({
  options,
  localId,
}: {
  options: Omit<ResolverInput<'plan/item-description'>, 'localId'>;
  localId: string;
}) {
  const [description, reload] = useResolver('plan/item-description', { ...options, localId });
  return (
    <Box
      padding="space.100"
      backgroundColor="elevation.surface.sunken"
      style={{ borderRadius: token('radius.small') }}
    >
      {description.status === 'loading' ? <Loading label="Loading the description…" /> : null}
      {description.status === 'error' ? (
        <ResolverError error={description.error} onRetry={reload} />
      ) : null}
      {description.status === 'ready' ? <AdfDocument doc={description.data.description} /> : null}
    </Box>
  );
}
