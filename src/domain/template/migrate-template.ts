import { templateSchema, type Template } from './template-schema';

/**
 * A template read back from storage, through today's schema: fields added since it was saved
 * take their defaults. Stored templates were validated when saved, so a failure here is a bug.
 */
export function migrateTemplate(stored: unknown): Template {
  return templateSchema.parse(stored);
}
