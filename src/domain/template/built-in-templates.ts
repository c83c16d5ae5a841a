import { BACKEND_SERVICE_BREAKDOWN } from './built-in/backend-service-breakdown';
import { ENDPOINT_PER_SUBTASK } from './built-in/endpoint-per-subtask';
import { EVENT_DRIVEN_SERVICE } from './built-in/event-driven-service';
import { templateSchema, type Template } from './template-schema';

/**
 * The templates every project starts with; the first is the default. They go through the
 * same validation as a saved template, so a broken built-in fails at import, in every test.
 */
export const BUILT_IN_TEMPLATES: readonly Template[] = [
  BACKEND_SERVICE_BREAKDOWN,
  ENDPOINT_PER_SUBTASK,
  EVENT_DRIVEN_SERVICE,
].map((input) => templateSchema.parse(input));

export const DEFAULT_TEMPLATE_ID = 'backend-service-breakdown';

/** The built-in template with `id`, or undefined. */
export function builtInTemplate(id: string): Template | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}
