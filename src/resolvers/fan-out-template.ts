import { builtInTemplate, type Template } from '../domain';
import { AppError } from './app-error';
import type { InvocationScope } from './invocation-context';

/**
 * The one place the epic fan-out loads a template. Today: the built-in templates; where a
 * project keeps its own templates (and a default), this is the function that reads them.
 */
export function loadFanOutTemplate(_scope: InvocationScope, templateId: string): Promise<Template> {
  const template = builtInTemplate(templateId);
  if (!template) {
    return Promise.reject(new AppError('NOT_FOUND', `There is no template "${templateId}".`));
  }
  return Promise.resolve(template);
}
