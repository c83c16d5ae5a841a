import Resolver from '@forge/resolver';
import { registerContextGet } from './context-get';
import { registerDraftResolvers } from './draft-resolvers';
import { registerExportOpenApi } from './export-openapi';
import { registerImportOpenApi } from './import-openapi';
import { registerPlanExport } from './plan-export';
import { registerPlanResolvers } from './plan-resolvers';
import { registerRunResolvers } from './run-resolvers';
import { registerTemplateList } from './template-list';

/** Every resolver the Custom UI modules can call; all of them share one Forge function. */
export function createResolverDefinitions() {
  const resolver = new Resolver();
  registerContextGet(resolver);
  registerDraftResolvers(resolver);
  registerTemplateList(resolver);
  registerPlanResolvers(resolver);
  registerRunResolvers(resolver);
  registerImportOpenApi(resolver);
  registerExportOpenApi(resolver);
  registerPlanExport(resolver);
  return resolver.getDefinitions();
}
