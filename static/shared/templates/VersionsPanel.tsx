import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useState } from 'react';
import type { ResolverError as ResolverErrorData, TemplateSummary } from '../../../src/contract';
import type { Template } from '../../../src/domain';
import { call } from '../invoke';
import { Loading } from '../Loading';
import { ResolverError } from '../ResolverError';
import { useResolver } from '../use-resolver';
import { DifferencesTable } from './DifferencesTable';
import { templateDifferences, type TemplateDifference } from './template-differences';

/** A list without bullets, its entries apart like a Stack's. */
const PLAIN_LIST = {
  listStyle: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexDirection: 'column' as const,
  gap: 'var(--ds-space-100, 8px)',
};

/** A template's saved versions: compare any with the current one, restore it as a new version. */
export function VersionsPanel({
  summary,
  canEdit,
  onView,
  onClose,
}: {
  summary: TemplateSummary;
  canEdit: boolean;
  /** Shows a version's template, read-only. */
  onView: (template: Template) => void;
  onClose: () => void;
}) {
  const [versions, reload] = useResolver('template/versions', { templateId: summary.id });
  const [current, reloadCurrent] = useResolver('template/get', {
    templateId: summary.id,
    scope: summary.scope,
  });
  const [compared, setCompared] = useState<{
    version: number;
    differences: TemplateDifference[];
  } | null>(null);
  const [error, setError] = useState<ResolverErrorData | null>(null);

  if (versions.status === 'loading' || current.status === 'loading')
    return <Loading label="Loading versions…" />;
  if (versions.status === 'error') return <ResolverError error={versions.error} onRetry={reload} />;
  if (current.status === 'error')
    return <ResolverError error={current.error} onRetry={reloadCurrent} />;

  const compare = async (version: number) => {
    const answer = await call('template/get', { templateId: summary.id, version });
    if (!answer.ok) return setError(answer.error);
    setCompared({
      version,
      differences: templateDifferences(answer.data.template, current.data.template),
    });
  };
  const view = async (version: number) => {
    const answer = await call('template/get', { templateId: summary.id, version });
    if (!answer.ok) return setError(answer.error);
    onView(answer.data.template);
  };
  const restore = async (version: number) => {
    const answer = await call('template/restore', {
      templateId: summary.id,
      version,
      baseVersion: current.data.version,
    });
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setCompared(null);
    reload();
    reloadCurrent();
  };

  return (
    <Stack space="space.150">
      <Heading size="medium" as="h2">
        Versions of {summary.name}
      </Heading>
      {error ? <ResolverError error={error} /> : null}
      <ul style={PLAIN_LIST}>
        {versions.data.versions.map((v) => (
          <li key={v.version} aria-label={`Version ${String(v.version)}`}>
            <Inline space="space.100" alignBlock="center" shouldWrap>
              <Text weight="bold">Version {v.version}</Text>
              <Text color="color.text.subtle">
                {v.name}, saved {new Date(v.savedAt).toLocaleString()} by{' '}
                {v.savedByName ?? 'someone you cannot see'}
                {v.restoredFrom === undefined ? '' : ` (restored version ${v.restoredFrom})`}
              </Text>
              {v.version === current.data.version ? (
                <Text>(current)</Text>
              ) : (
                <>
                  <Button onClick={() => void view(v.version)}>View</Button>
                  <Button onClick={() => void compare(v.version)}>Compare</Button>
                  {canEdit ? (
                    <Button onClick={() => void restore(v.version)}>Restore</Button>
                  ) : null}
                </>
              )}
            </Inline>
          </li>
        ))}
      </ul>
      {compared ? (
        <div role="region" aria-label={`Version ${compared.version} compared with the current one`}>
          <DifferencesTable
            caption={`Version ${String(compared.version)} and the current version ${String(current.data.version)}`}
            differences={compared.differences}
            leftTitle={`Version ${String(compared.version)}`}
            rightTitle="Current"
          />
        </div>
      ) : null}
      <Inline>
        <Button appearance="subtle" onClick={onClose}>
          Back to the templates
        </Button>
      </Inline>
    </Stack>
  );
}
