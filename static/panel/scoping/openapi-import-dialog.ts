import { Modal } from '@forge/bridge';
import type { Service } from '../../../src/domain';

/**
 * What the panel's modal entry needs to show "Import from OpenAPI", carried in the Custom UI
 * modal's context: the services being edited (saved or not) and the room the rest of the draft
 * leaves, so the preview says exactly what importing would add, update or leave out.
 */
export interface OpenApiImportContext {
  dialog: 'openapi-import';
  services: Service[];
  restBytes: number;
}

/** How the dialog closes when the person imports: what the document gave and what they picked. */
export interface OpenApiImportResult {
  imported: Service[];
  chosen: string[];
  /** The document's title, for the line that says what was imported. */
  title: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export const isOpenApiImportContext = (value: unknown): value is OpenApiImportContext =>
  isObject(value) &&
  value.dialog === 'openapi-import' &&
  Array.isArray(value.services) &&
  typeof value.restBytes === 'number';

const isOpenApiImportResult = (value: unknown): value is OpenApiImportResult =>
  isObject(value) &&
  Array.isArray(value.imported) &&
  Array.isArray(value.chosen) &&
  value.chosen.every((name) => typeof name === 'string') &&
  typeof value.title === 'string';

/**
 * Opens "Import from OpenAPI" in a modal Jira draws over the page, where the person is looking,
 * not inside the panel's tall frame. `onImported` runs only when they import, `onClosed` however
 * it closes (Cancel, Escape, after importing). The panel merges the result into its draft as it
 * is then, so nothing typed before is lost and nothing is saved until the person saves.
 */
export async function openOpenApiImport(
  context: Omit<OpenApiImportContext, 'dialog'>,
  onImported: (result: OpenApiImportResult) => void,
  onClosed: () => void,
): Promise<void> {
  const modalContext: OpenApiImportContext = { dialog: 'openapi-import', ...context };
  await new Modal({
    title: 'Import from OpenAPI',
    size: 'large',
    context: modalContext,
    onClose: (payload?: unknown) => {
      if (isOpenApiImportResult(payload)) onImported(payload);
      onClosed();
    },
  }).open();
}
