import { Stack } from '@atlaskit/primitives';
import type { Provenance } from '../../../src/contract';
import { useSiteUrl } from '../run/use-site-url';
import { CreatedByMessage } from './CreatedByMessage';
import { RanSummary } from './RanSummary';

/**
 * Where the panel's issue came from and what breakdowns ran from it. `onStartAnyway` is given
 * while the panel shows this instead of an empty breakdown.
 */
export function ProvenanceNotes({
  provenance,
  onStartAnyway,
}: {
  provenance: Provenance;
  onStartAnyway?: () => void;
}) {
  const siteUrl = useSiteUrl();
  return (
    <Stack space="space.150">
      {provenance.createdBy ? (
        <CreatedByMessage
          createdBy={provenance.createdBy}
          siteUrl={siteUrl}
          {...(onStartAnyway ? { onStartAnyway } : {})}
        />
      ) : null}
      {provenance.ran ? <RanSummary ran={provenance.ran} siteUrl={siteUrl} /> : null}
    </Stack>
  );
}
