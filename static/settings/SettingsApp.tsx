import { Loading } from '@ui/Loading';
import { ResolverError } from '@ui/ResolverError';
import { LazyTemplatesApp as TemplatesApp } from '@ui/templates/LazyTemplatesApp';
import { useResolver } from '@ui/use-resolver';

/** Project settings → Backend Breakdown templates: the project's templates and its default. */
export function SettingsApp() {
  const [context, reload] = useResolver('context/get', {});
  if (context.status === 'loading') return <Loading label="Loading project settings…" />;
  if (context.status === 'error') return <ResolverError error={context.error} onRetry={reload} />;
  return (
    <TemplatesApp
      title={`Backend Breakdown templates: ${context.data.project.name}`}
      projectKey={context.data.project.key}
    />
  );
}
