import Button from '@atlaskit/button/new';
import { Stack, Text } from '@atlaskit/primitives';
import { useRef, useState } from 'react';
import { mergeImportedServices, type Service } from '../../../src/domain';
import { openOpenApiImport, type OpenApiImportResult } from './openapi-import-dialog';

/** "From Petstore: added pets; updated users. Not imported: orders. Save the draft to keep them." */
function describeImport(
  result: OpenApiImportResult,
  services: Service[],
  restBytes: number,
): string {
  const merge = mergeImportedServices(services, result.imported, restBytes, result.chosen);
  const skipped = [...merge.skippedNoRoom, ...merge.skippedTooLarge];
  const parts = [
    merge.added.length > 0 ? `added ${merge.added.join(', ')}` : '',
    merge.updated.length > 0 ? `updated ${merge.updated.map((u) => u.name).join(', ')}` : '',
  ].filter(Boolean);
  return (
    `From ${result.title}: ${parts.join('; ')}.` +
    (skipped.length > 0 ? ` Not imported: ${skipped.join(', ')}.` : '') +
    ' Save the draft to keep them.'
  );
}

/**
 * "Import from OpenAPI": opens the import in a modal Jira draws over the page
 * (OpenApiImportDialog), then adds what the person picked to the draft being edited and says
 * what it added. Nothing is saved until the user saves the draft.
 */
export function OpenApiImport({
  services,
  restBytes,
  onAdd,
}: {
  services: Service[];
  /** What the rest of the draft takes stored: the merge keeps the whole within the draft's limit. */
  restBytes: number;
  /** Merges the chosen imported services into the draft as it is when called. */
  onAdd: (imported: Service[], chosen: string[]) => void;
}) {
  const [outcome, setOutcome] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  /** One dialog at a time, however fast the button is clicked twice. */
  const isOpen = useRef(false);
  const open = () => {
    if (isOpen.current) return;
    isOpen.current = true;
    setOutcome('');
    openOpenApiImport(
      { services, restBytes },
      (result) => {
        onAdd(result.imported, result.chosen);
        setOutcome(describeImport(result, services, restBytes));
      },
      () => {
        isOpen.current = false;
        // Focus goes back to the button that opened it, as it would from a dialog in the page.
        button.current?.focus();
      },
    ).catch(() => {
      isOpen.current = false;
      setOutcome('The import could not open here. Reload the issue and try again.');
    });
  };

  return (
    <Stack space="space.100">
      <div>
        <Button ref={button} onClick={open}>
          Import from OpenAPI
        </Button>
      </div>
      <div role="status">{outcome ? <Text>{outcome}</Text> : null}</div>
    </Stack>
  );
}
