import { Checkbox } from '@atlaskit/checkbox';
import { PlainList } from '../fields/PlainList';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { ResolverOutput } from '../../../src/contract';
import { DRAFT_LIMITS, type ServiceMerge, type ServiceUpdate } from '../../../src/domain';

type Imported = ResolverOutput<'scoping/import-openapi'>;

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const count = (n: number, word: string) => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

/** "Updates Pets: 2 endpoints added, 1 changed; not in the document, kept: GET /x". */
function describeUpdate(update: ServiceUpdate): string {
  const changes = [
    update.addedEndpoints.length > 0
      ? `${count(update.addedEndpoints.length, 'endpoint')} added`
      : '',
    update.changedEndpoints.length > 0 ? `${String(update.changedEndpoints.length)} changed` : '',
    update.addedDetails > 0
      ? `${String(update.addedDetails)} ${update.addedDetails === 1 ? 'input, output or failure mode' : 'inputs, outputs or failure modes'} added`
      : '',
  ].filter(Boolean);
  const missing =
    update.missingFromDocument.length > 0
      ? `; not in the document, kept: ${update.missingFromDocument.join(', ')}`
      : '';
  return `Updates the draft’s ${update.name}: ${changes.length > 0 ? changes.join(', ') : 'nothing new'}${missing}.`;
}

/**
 * What an OpenAPI document would bring to Scoping, before anything changes: each service found,
 * to pick or leave out, marked new or as an update of the draft's service of that name (what it
 * adds and changes, and what the draft has that the document no longer does, which is kept).
 */
export function OpenApiPreview({
  imported,
  merge,
  picked,
  onToggle,
}: {
  imported: Imported;
  merge: ServiceMerge;
  picked: string[];
  onToggle: (name: string, on: boolean) => void;
}) {
  return (
    <Stack space="space.150" testId="openapi-preview">
      <Heading size="xsmall" as="h4">
        {`Found in ${imported.title} ${imported.version}`}
      </Heading>
      {imported.services.length === 0 ? <Text>The document has no operations.</Text> : null}
      <PlainList label="Services found">
        {imported.services.map((service) => {
          const update = merge.updated.find((u) => sameName(u.name, service.name));
          const on = picked.some((name) => sameName(name, service.name));
          return (
            <li key={service.id}>
              <Inline space="space.100" alignBlock="center">
                <Checkbox
                  isChecked={on}
                  label={`Import ${service.name}`}
                  onChange={(event) => {
                    onToggle(service.name, event.currentTarget.checked);
                  }}
                />
                {on ? (
                  <Lozenge appearance={update ? 'moved' : 'new'}>
                    {update ? 'update' : 'new'}
                  </Lozenge>
                ) : null}
              </Inline>
              <Text>{service.primaryFunction}</Text>
              {update ? (
                <Text as="p" size="small">
                  {describeUpdate(update)}
                </Text>
              ) : null}
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
          );
        })}
      </PlainList>
      {merge.skippedNoRoom.length > 0 ? (
        <SectionMessage appearance="warning" title="No room in the draft">
          <p>{`A draft holds at most ${String(DRAFT_LIMITS.services)} services; not imported: ${merge.skippedNoRoom.join(', ')}.`}</p>
        </SectionMessage>
      ) : null}
      {merge.skippedTooLarge.length > 0 ? (
        <SectionMessage appearance="warning" title="The draft would be too large">
          <p>{`A draft is stored in at most ${String(DRAFT_LIMITS.storedBytes / 1024)} KiB; with these services it could not be saved, so they are not imported: ${merge.skippedTooLarge.join(', ')}.`}</p>
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
