import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import { LazySectionMessage as SectionMessage } from '../LazySectionMessage';
import { lazy, Suspense, useState } from 'react';
import Select from '@atlaskit/select';
import { Label } from '@atlaskit/form';
import type { ResolverError as ResolverErrorData, TemplateSummary } from '../../../src/contract';
import type { Template } from '../../../src/domain';
import { confirmInModal } from '../confirm/confirm-dialog';
import { call } from '../invoke';
import { Loading } from '../Loading';
import { ResolverError } from '../ResolverError';
import { useResolver } from '../use-resolver';
import { BLANK_TEMPLATE } from './blank-template';
import { download } from './template-edit';

// The editor and the version history load when opened: the list is what the page shows first.
const TemplateEditor = lazy(() =>
  import('./TemplateEditor').then((m) => ({ default: m.TemplateEditor })),
);
const VersionsPanel = lazy(() =>
  import('./VersionsPanel').then((m) => ({ default: m.VersionsPanel })),
);

/** A list without bullets, its entries apart like a Stack's. */
const PLAIN_LIST = {
  listStyle: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexDirection: 'column' as const,
  gap: 'var(--ds-space-100, 8px)',
};

const SCOPE_LABEL = { 'built-in': 'Built-in', site: 'Site library', project: 'This project' };

type Editing = { initial: Template; baseVersion: number; isNew: boolean; readOnly: boolean };
type Pending = {
  text: string;
  templateId: string;
  name: string;
  currentVersion: number;
  canReplace: boolean;
};

/**
 * The template page of a project's settings (`owner: project`) or of Jira's administration (the
 * site library): every template the owner can use, and for admins create, edit, history, files.
 */
export function TemplatesApp({ title }: { title: string; projectKey: string | null }) {
  const [list, reload] = useResolver('template/list', {});
  const [editing, setEditing] = useState<Editing | null>(null);
  const [versionsOf, setVersionsOf] = useState<TemplateSummary | null>(null);
  const [error, setError] = useState<ResolverErrorData | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [creating, setCreating] = useState(false);
  const [startFrom, setStartFrom] = useState<string>('blank');
  // A notice belongs to the view it was given in: leaving the list clears it.
  const show = (next: { editing?: Editing | null; versionsOf?: TemplateSummary | null }) => {
    setNotice(null);
    if (next.editing !== undefined) setEditing(next.editing);
    if (next.versionsOf !== undefined) setVersionsOf(next.versionsOf);
  };

  const act = async (
    run: () => Promise<{ ok: true; data: unknown } | { ok: false; error: ResolverErrorData }>,
    done: string,
  ) => {
    const answer = await run();
    if (answer.ok) {
      setError(null);
      setNotice(done);
      reload();
    } else setError(answer.error);
    return answer;
  };

  const open = async (summary: TemplateSummary, mode: 'edit' | 'copy' | 'view') => {
    const answer = await call('template/get', { templateId: summary.id, scope: summary.scope });
    if (!answer.ok) return setError(answer.error);
    const template = answer.data.template;
    setCreating(false);
    show({
      editing:
        mode === 'copy'
          ? {
              initial: { ...template, name: `${template.name} (copy)`.slice(0, 100) },
              baseVersion: 0,
              isNew: true,
              readOnly: false,
            }
          : {
              initial: template,
              baseVersion: answer.data.version,
              isNew: false,
              readOnly: mode === 'view',
            },
    });
  };

  const create = async () => {
    if (startFrom === 'blank') {
      setCreating(false);
      show({ editing: { initial: BLANK_TEMPLATE, baseVersion: 0, isNew: true, readOnly: false } });
      return;
    }
    const from =
      list.status === 'ready' ? list.data.templates.find((t) => t.id === startFrom) : undefined;
    if (from) await open(from, 'copy');
  };

  const remove = async (t: TemplateSummary) => {
    const go = await confirmInModal({
      title: `Delete ${t.name}?`,
      body: `Its ${String(t.version)} saved ${t.version === 1 ? 'version goes' : 'versions go'} with it${t.isDefault ? ', and the project goes back to the app’s default' : ''}. Export it first to keep a copy. This cannot be undone.`,
      confirmLabel: 'Delete',
      cancelLabel: 'Keep it',
      appearance: 'danger',
    });
    if (go) {
      await act(() => call('template/delete', { templateId: t.id }), `${t.name} was deleted.`);
    }
  };

  const exportAs = async (summary: TemplateSummary, format: 'json' | 'yaml') => {
    const answer = await call('template/export', {
      templateId: summary.id,
      format,
      scope: summary.scope,
    });
    if (answer.ok) download(answer.data.fileName, answer.data.text);
    else setError(answer.error);
  };

  const importText = async (
    text: string,
    onExisting?: 'replace' | 'copy',
    baseVersion?: number,
  ) => {
    const answer = await call('template/import', {
      text,
      ...(onExisting ? { onExisting } : {}),
      ...(baseVersion === undefined ? {} : { baseVersion }),
    });
    if (!answer.ok) return setError(answer.error);
    setError(null);
    if (answer.data.status === 'exists') {
      setPending({ text, ...answer.data });
      return;
    }
    setPending(null);
    setNotice(
      `Imported ${answer.data.stored.template.name} (version ${answer.data.stored.version}).`,
    );
    reload();
  };

  if (list.status === 'loading') return <Loading label="Loading templates…" />;
  if (list.status === 'error') return <ResolverError error={list.error} onRetry={reload} />;
  const { templates, canEdit, owner } = list.data;
  const own = owner === 'project' ? 'project' : 'site';
  const startOptions = [
    { value: 'blank', label: 'A blank template' },
    ...templates
      .filter((t) => t.scope === 'built-in')
      .map((t) => ({ value: t.id, label: `${t.name} (built-in)` })),
  ];

  return (
    <Box padding="space.300">
      <Stack space="space.200">
        <Heading size="large" as="h1">
          {title}
        </Heading>
        {canEdit ? null : (
          <SectionMessage
            appearance="information"
            title={owner === 'site' ? 'Jira administrators only' : 'Project administrators only'}
          >
            <p>
              {owner === 'site'
                ? 'You can see the site’s template library. Only Jira administrators can change it.'
                : 'You can see the templates this project uses. Only project administrators can create, change or delete them, or choose the default.'}
            </p>
          </SectionMessage>
        )}
        {error ? <ResolverError error={error} /> : null}
        {notice && !error ? (
          <div role="status">
            <Text>{notice}</Text>
          </div>
        ) : null}
        {editing ? (
          <Suspense fallback={<Loading label="Opening the template…" />}>
            <TemplateEditor
              key={`${editing.initial.id}:${editing.baseVersion}`}
              {...editing}
              readOnly={editing.readOnly || !canEdit}
              takenIds={templates.map((t) => t.id)}
              onSaved={(saved) => {
                setEditing(null);
                setNotice(`${saved.name} saved as version ${String(saved.version)}.`);
                reload();
              }}
              onCancel={() => show({ editing: null })}
            />
          </Suspense>
        ) : versionsOf ? (
          <Suspense fallback={<Loading label="Loading the versions…" />}>
            <VersionsPanel
              summary={versionsOf}
              canEdit={canEdit}
              onView={(template) =>
                show({
                  editing: { initial: template, baseVersion: 0, isNew: false, readOnly: true },
                })
              }
              onClose={() => {
                show({ versionsOf: null });
                reload();
              }}
            />
          </Suspense>
        ) : (
          <>
            {canEdit ? (
              creating ? (
                <Box
                  padding="space.150"
                  backgroundColor="color.background.neutral.subtle"
                  testId="create-template"
                >
                  <Stack space="space.100">
                    <Heading size="small" as="h2">
                      Create template
                    </Heading>
                    <Label htmlFor="create-from">Start from</Label>
                    <Select<{ value: string; label: string }>
                      inputId="create-from"
                      menuPlacement="auto"
                      options={startOptions}
                      value={startOptions.find((o) => o.value === startFrom) ?? null}
                      onChange={(option) => setStartFrom(option?.value ?? 'blank')}
                    />
                    <Inline space="space.100">
                      <Button appearance="primary" onClick={() => void create()}>
                        Create
                      </Button>
                      <Button appearance="subtle" onClick={() => setCreating(false)}>
                        Cancel
                      </Button>
                    </Inline>
                  </Stack>
                </Box>
              ) : (
                <Inline>
                  <Button appearance="primary" onClick={() => setCreating(true)}>
                    Create template
                  </Button>
                </Inline>
              )
            ) : null}
            <ul style={PLAIN_LIST}>
              {templates.map((t) => (
                <Box
                  as="li"
                  key={`${t.scope}:${t.id}`}
                  padding="space.150"
                  backgroundColor="color.background.neutral.subtle"
                  testId={`template-${t.scope}-${t.id}`}
                  aria-label={t.name}
                >
                  <Stack space="space.075">
                    <Inline space="space.100" alignBlock="center" shouldWrap>
                      <Text weight="bold">{t.name}</Text>
                      <Lozenge>{SCOPE_LABEL[t.scope]}</Lozenge>
                      {t.isDefault ? <Lozenge appearance="success">Default</Lozenge> : null}
                      <Text color="color.text.subtle">
                        Version {t.version}
                        {t.savedAt
                          ? `, saved ${new Date(t.savedAt).toLocaleString()}${t.savedBy ? ` by ${t.savedByName ?? 'someone you cannot see'}` : ''}`
                          : ''}
                      </Text>
                    </Inline>
                    <Text color="color.text.subtle">{t.description}</Text>
                    <Inline space="space.100" shouldWrap>
                      {t.scope === own && canEdit ? (
                        <Button onClick={() => void open(t, 'edit')}>Edit</Button>
                      ) : (
                        <Button onClick={() => void open(t, 'view')}>View</Button>
                      )}
                      {canEdit ? <Button onClick={() => void open(t, 'copy')}>Copy</Button> : null}
                      {canEdit && owner === 'project' && !t.isDefault ? (
                        <Button
                          onClick={() =>
                            void act(
                              () => call('template/set-default', { templateId: t.id }),
                              `${t.name} is now the project’s default.`,
                            )
                          }
                        >
                          Make default
                        </Button>
                      ) : null}
                      {t.scope === own ? (
                        <Button onClick={() => show({ versionsOf: t })}>Versions</Button>
                      ) : null}
                      <Button appearance="subtle" onClick={() => void exportAs(t, 'json')}>
                        Export JSON
                      </Button>
                      <Button appearance="subtle" onClick={() => void exportAs(t, 'yaml')}>
                        Export YAML
                      </Button>
                      {canEdit && t.scope === own ? (
                        <Button appearance="subtle" onClick={() => void remove(t)}>
                          Delete
                        </Button>
                      ) : null}
                    </Inline>
                  </Stack>
                </Box>
              ))}
            </ul>
            {canEdit ? (
              <Stack space="space.100">
                <Heading size="small" as="h2">
                  Import a template file
                </Heading>
                <label htmlFor="template-file">JSON or YAML file</label>
                <input
                  id="template-file"
                  type="file"
                  accept=".json,.yaml,.yml,application/json,text/yaml"
                  onChange={(event) => {
                    const file = event.currentTarget.files?.[0];
                    if (file) void file.text().then((text) => importText(text));
                    event.currentTarget.value = '';
                  }}
                />
                {pending ? (
                  <SectionMessage appearance="warning" title={`“${pending.name}” exists already`}>
                    <p>
                      {pending.canReplace
                        ? `Replace it (its version ${pending.currentVersion} stays in its history), or import the file as a copy?`
                        : 'It is a built-in template, which cannot be replaced: import the file as a copy.'}
                    </p>
                    <Inline space="space.100">
                      {pending.canReplace ? (
                        <Button
                          onClick={() =>
                            void importText(pending.text, 'replace', pending.currentVersion)
                          }
                        >
                          Replace
                        </Button>
                      ) : null}
                      <Button onClick={() => void importText(pending.text, 'copy')}>
                        Import as a copy
                      </Button>
                      <Button appearance="subtle" onClick={() => setPending(null)}>
                        Cancel import
                      </Button>
                    </Inline>
                  </SectionMessage>
                ) : null}
                {error?.code === 'INVALID_INPUT' && Array.isArray(error.details) ? (
                  <ul aria-label="Problems in the file">
                    {error.details.map((p, i) => (
                      <li key={i}>
                        {p.line === undefined ? '' : `Line ${p.line}: `}
                        {p.path ? `${p.path}: ` : ''}
                        {p.message}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </Stack>
            ) : null}
          </>
        )}
      </Stack>
    </Box>
  );
}
