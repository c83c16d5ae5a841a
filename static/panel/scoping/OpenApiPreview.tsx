import { Checkbox } from '@atlaskit/checkbox';
import { PlainList } from '../fields/PlainList';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { ResolverOutput } from '../../../src/contract';
import {
  DRAFT_LIMITS,
  type Service,
  type ServiceMerge,
  type ServiceUpdate,
} from '../../../src/domain';

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
 * What an OpenAPI document would bring to Scoping, before anything changes: every service the
 * document has (a tag or a path group) with its operation count, to pick or leave out, whatever
 * its place in the document. Those read are marked new or as an update of the draft's service of
 * that name (what it adds and changes, and what the draft has that the document no longer does,
 * which is kept); choosing one not read yet reads it.
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
      {imported.convertedFrom ? (
        <SectionMessage appearance="information" title="Converted to OpenAPI 3.0">
          <p>{`This is a ${imported.convertedFrom} document: it was converted to OpenAPI 3.0 and read as one.`}</p>
        </SectionMessage>
      ) : null}
      {imported.groups.length === 0 ? <Text>The document has no operations.</Text> : null}
      {imported.groups.length > 0 ? (
        <Text size="small">
          {`${count(imported.groups.length, 'service')} in the document; choose which to import (a draft holds ${String(DRAFT_LIMITS.services)}).`}
        </Text>
      ) : null}
      <PlainList label="Services found">
        {imported.groups.map((group) => {
          const service = imported.services.find((s) => sameName(s.name, group.name));
          const update = merge.updated.find((u) => sameName(u.name, group.name));
          const on = picked.some((name) => sameName(name, group.name));
          const operations = count(group.operations, 'operation');
          return (
            <li key={group.name}>
              <Inline space="space.100" alignBlock="center">
                <Checkbox
                  isChecked={on}
                  label={`Import ${group.name} (${operations})`}
                  onChange={(event) => {
                    onToggle(group.name, event.currentTarget.checked);
                  }}
                />
                {on && service ? (
                  <Lozenge appearance={update ? 'moved' : 'new'}>
                    {update ? 'update' : 'new'}
                  </Lozenge>
                ) : null}
              </Inline>
              {service ? <ServiceDetails service={service} update={update} /> : null}
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

/** A service read from the document: its primary function, endpoints and failure modes. */
function ServiceDetails({
  service,
  update,
}: {
  service: Service;
  update: ServiceUpdate | undefined;
}) {
  return (
    <>
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
    </>
  );
}
