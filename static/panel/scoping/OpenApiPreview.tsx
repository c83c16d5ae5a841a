import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import type { ResolverOutput } from '../../../src/contract';
import { DRAFT_LIMITS, type ServiceMerge } from '../../../src/domain';

type Imported = ResolverOutput<'scoping/import-openapi'>;

/** What an OpenAPI document would add to Scoping, before anything is added. */
export function OpenApiPreview({ imported, merge }: { imported: Imported; merge: ServiceMerge }) {
  return (
    <Stack space="space.150" testId="openapi-preview">
      <Heading size="xsmall" as="h4">
        {`Found in ${imported.title} ${imported.version}`}
      </Heading>
      {imported.services.length === 0 ? <Text>The document has no operations.</Text> : null}
      <ul aria-label="Services found">
        {imported.services.map((service) => (
          <li key={service.id}>
            <Text weight="bold">{service.name}</Text>
            <Text>{` — ${service.primaryFunction}`}</Text>
            <ul aria-label={`Endpoints of ${service.name}`}>
              {service.endpoints.map((endpoint) => (
                <li key={endpoint.id}>
                  <code>{`${endpoint.method} ${endpoint.path}`}</code>
                  {endpoint.summary ? ` ${endpoint.summary}` : ''}
                </li>
              ))}
            </ul>
            {service.failureModes.length > 0 ? (
              <ul aria-label={`Failure modes of ${service.name}`}>
                {service.failureModes.map((mode) => (
                  <li key={mode.id}>{`${String(mode.status)}: ${mode.condition}`}</li>
                ))}
              </ul>
            ) : (
              <Text size="small" color="color.text.subtlest">
                No failure modes with a status.
              </Text>
            )}
          </li>
        ))}
      </ul>
      {merge.skippedExisting.length > 0 ? (
        <SectionMessage appearance="information" title="Already in the draft">
          <p>{`Skipped, the draft already has a service named: ${merge.skippedExisting.join(', ')}.`}</p>
        </SectionMessage>
      ) : null}
      {merge.skippedNoRoom.length > 0 ? (
        <SectionMessage appearance="warning" title="No room in the draft">
          <p>{`A draft holds at most ${String(DRAFT_LIMITS.services)} services; not added: ${merge.skippedNoRoom.join(', ')}.`}</p>
        </SectionMessage>
      ) : null}
      {merge.skippedTooLarge.length > 0 ? (
        <SectionMessage appearance="warning" title="The draft would be too large">
          <p>{`A draft is stored in at most ${String(DRAFT_LIMITS.storedBytes / 1024)} KiB; with these services it could not be saved, so they are not added: ${merge.skippedTooLarge.join(', ')}.`}</p>
        </SectionMessage>
      ) : null}
      {imported.warnings.length > 0 ? (
        <SectionMessage appearance="warning" title="Warnings">
          <ul aria-label="Import warnings">
            {imported.warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </SectionMessage>
      ) : null}
    </Stack>
  );
}
