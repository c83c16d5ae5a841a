import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import TextArea from '@atlaskit/textarea';
import { view } from '@forge/bridge';
import { useState } from 'react';
import type { ResolverError as ResolverErrorData, ResolverOutput } from '../../../src/contract';
import {
  OPENAPI_DOCUMENT_MAX_BYTES,
  OPENAPI_SEND_WHOLE_MAX_BYTES,
  mergeImportedServices,
  type DocumentProblem,
} from '../../../src/domain';
import { call } from '@ui/invoke';
import { ResolverError } from '@ui/ResolverError';
import { OpenApiPreview } from './OpenApiPreview';
import { OpenApiProblems } from './OpenApiProblems';
import type { OpenApiImportContext, OpenApiImportResult } from './openapi-import-dialog';
import { plural } from '@ui/plural';

type Imported = ResolverOutput<'scoping/import-openapi'>;
type PreviewState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: ResolverErrorData; problems: DocumentProblem[] }
  | { status: 'ready'; imported: Imported };

const problemsOf = (details: ResolverErrorData['details']): DocumentProblem[] =>
  details && !Array.isArray(details) && 'problems' in details ? details.problems : [];

/**
 * Asks the resolver to read the document. One too large to send whole is parsed here first (a
 * chunk loaded only then) and only what the import reads is sent; the problems the resolver
 * finds are then given the lines of the text the person gave.
 */
async function importDocument(text: string, services?: string[]): Promise<PreviewState> {
  const bytes = new TextEncoder().encode(text).length;
  // Pasted or chosen, the same limit: nothing larger is parsed, slimmed or sent.
  if (bytes > OPENAPI_DOCUMENT_MAX_BYTES) {
    return failed({ code: 'INVALID_INPUT', message: tooLarge('The document', bytes) }, []);
  }
  const chosen = services ? { services } : {};
  if (bytes <= OPENAPI_SEND_WHOLE_MAX_BYTES) {
    const answer = await call('scoping/import-openapi', { document: text, ...chosen });
    if (answer.ok) return { status: 'ready', imported: answer.data };
    return failed(answer.error, problemsOf(answer.error.details));
  }
  const { prepareLargeDocument } = await import('./prepare-large-document');
  const prepared = await prepareLargeDocument(text);
  if (!prepared.ok) {
    return failed({ code: 'INVALID_INPUT', message: prepared.message }, prepared.problems);
  }
  const answer = await call('scoping/import-openapi', { document: prepared.document, ...chosen });
  if (answer.ok) {
    const { convertedFrom } = prepared;
    return {
      status: 'ready',
      imported: convertedFrom ? { ...answer.data, convertedFrom } : answer.data,
    };
  }
  return failed(answer.error, prepared.relocate(problemsOf(answer.error.details)));
}

const tooLarge = (what: string, bytes: number) =>
  `${what} is ${String(Math.ceil(bytes / 1024))} KiB; the import reads at most ${String(OPENAPI_DOCUMENT_MAX_BYTES / 1024 / 1024)} MiB.`;

/** An error with its problems listed once, below a message that counts them. */
function failed(error: ResolverErrorData, problems: DocumentProblem[]): PreviewState {
  if (problems.length === 0) return { status: 'error', error, problems };
  return {
    status: 'error',
    error: {
      ...error,
      message: `The document cannot be imported: ${plural(problems.length, 'problem')}, listed below.`,
    },
    problems,
  };
}

/** Closes the modal, with what to import when the person imports. */
const close = (result?: OpenApiImportResult) => {
  void view.close(result);
};

/**
 * "Import from OpenAPI", as the content of the Custom UI modal the panel opens
 * (openapi-import-dialog.ts): paste or choose a document, preview the services the resolver
 * finds against the services being edited, then hand the picked ones back to the panel, which
 * adds them to its draft. Nothing is saved until the person saves the draft.
 */
export function OpenApiImportDialog({ services, restBytes }: OpenApiImportContext) {
  const [document, setDocument] = useState('');
  const [preview, setPreview] = useState<PreviewState>({ status: 'idle' });
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  /** The services the person picked; null until they change the pick (then all are picked). */
  const [chosen, setChosen] = useState<string[] | null>(null);

  const edit = (text: string) => {
    setDocument(text);
    setPreview({ status: 'idle' });
    setChosen(null);
  };
  const runPreview = async () => {
    setPreview({ status: 'loading' });
    setPreview(await importDocument(document));
  };
  /** Reads the chosen services; the list stays (and keeps focus) while they are read. */
  const [reading, setReading] = useState(false);
  const readChosen = async (services: string[]) => {
    setReading(true);
    const next = await importDocument(document, services);
    setReading(false);
    setPreview(next);
  };
  const chooseFile = async (file: File | undefined) => {
    setFileProblem(null);
    if (!file) return;
    if (file.size > OPENAPI_DOCUMENT_MAX_BYTES) {
      setFileProblem(tooLarge(file.name, file.size));
      return;
    }
    edit(await file.text());
  };

  const imported = preview.status === 'ready' ? preview.imported : null;
  const picked = chosen ?? imported?.services.map((s) => s.name) ?? [];
  const merge = imported
    ? mergeImportedServices(services, imported.services, restBytes, picked)
    : null;
  const importing = (merge?.added.length ?? 0) + (merge?.updated.length ?? 0);
  const toggle = (name: string, on: boolean) => {
    const next = on ? [...picked, name] : picked.filter((n) => n !== name);
    setChosen(next);
    // A service the document has but the resolver has not read yet (past the first a draft
    // holds): read the chosen ones now, so the preview shows exactly what importing brings.
    const read = new Set(imported?.services.map((s) => s.name.trim().toLowerCase()) ?? []);
    if (on && !read.has(name.trim().toLowerCase())) void readChosen(next);
  };

  // Jira gives the modal its size and the frame fills it: the heading and the buttons stay in
  // view, and what is between them scrolls.
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <Box paddingBlockStart="space.300" paddingInline="space.300" paddingBlockEnd="space.200">
        <Heading size="medium" as="h1">
          Import from OpenAPI
        </Heading>
      </Box>
      <div style={{ flex: 1, overflow: 'auto' }}>
        <Box paddingInline="space.300" paddingBlock="space.025">
          <Stack space="space.200">
            <Text>
              An OpenAPI 3.0 or 3.1 document (or Swagger 2.0, converted as it is read), YAML or
              JSON, up to 5 MiB, with internal references only. Each tag becomes a service.
            </Text>
            <Stack space="space.050">
              <Label htmlFor="openapi-document">OpenAPI document</Label>
              <TextArea
                id="openapi-document"
                autoFocus
                value={document}
                // Until there is a preview, the document is all the dialog shows: the field takes
                // the room Jira's modal gives, rather than leaving it blank under the file input.
                minimumRows={preview.status === 'idle' ? 17 : 8}
                maxHeight={preview.status === 'idle' ? '24em' : '16em'}
                resize="vertical"
                placeholder="openapi: 3.0.3"
                onChange={(event) => {
                  edit(event.currentTarget.value);
                }}
              />
            </Stack>
            <Stack space="space.050">
              <Label htmlFor="openapi-file">Or choose a file</Label>
              <input
                id="openapi-file"
                type="file"
                accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
                aria-describedby={fileProblem ? 'openapi-file-problem' : undefined}
                onChange={(event) => {
                  void chooseFile(event.currentTarget.files?.[0]);
                }}
              />
              {fileProblem ? (
                <span id="openapi-file-problem" role="alert">
                  {fileProblem}
                </span>
              ) : null}
            </Stack>
            <div aria-live="polite">
              {preview.status === 'loading' || reading ? (
                <Spinner label={reading ? 'Reading the chosen services' : 'Reading the document'} />
              ) : null}
              {preview.status === 'error' ? (
                <>
                  <ResolverError error={preview.error} />
                  <OpenApiProblems problems={preview.problems} />
                </>
              ) : null}
              {imported && merge ? (
                <OpenApiPreview
                  imported={imported}
                  merge={merge}
                  picked={picked}
                  onToggle={toggle}
                />
              ) : null}
            </div>
          </Stack>
        </Box>
      </div>
      <Box padding="space.300">
        <Inline space="space.100" alignInline="end">
          <Button
            appearance="subtle"
            onClick={() => {
              close();
            }}
          >
            Cancel
          </Button>
          <Button
            isDisabled={document.trim() === '' || preview.status === 'loading' || reading}
            onClick={() => {
              setChosen(null);
              void runPreview();
            }}
          >
            Preview
          </Button>
          <Button
            appearance="primary"
            isDisabled={importing === 0 || imported === null || reading}
            onClick={() => {
              if (imported)
                close({ imported: imported.services, chosen: picked, title: imported.title });
            }}
          >
            {`Import ${plural(importing, 'service')}`}
          </Button>
        </Inline>
      </Box>
    </div>
  );
}
