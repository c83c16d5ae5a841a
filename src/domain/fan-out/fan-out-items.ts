import type { ServiceItemTemplate, Template } from '../template/template-schema';

/**
 * The template items an epic's children can take: its per-service sub-tasks. Per-endpoint items
 * need endpoints a Jira issue does not have, and standard-issue items are not sub-tasks, so
 * neither is offered.
 */
export function fanOutItems(template: Template): ServiceItemTemplate[] {
  return template.serviceItems.filter((item) => item.role === 'subtask' && !item.perEndpoint);
}
