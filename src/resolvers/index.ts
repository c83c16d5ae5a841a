import Resolver from '@forge/resolver';
import { registerContextGet } from './context-get';
import { registerDraftResolvers } from './draft-resolvers';
import { registerImportOpenApi } from './import-openapi';
import { registerPlanResolvers } from './plan-resolvers';
import { registerRunResolvers } from './run-resolvers';
import { registerTemplateFiles } from './template-files';
import { registerTemplateResolvers } from './template-resolvers';

/** Every resolver the Custom UI modules can call; all of them share one Forge function. */
export function createResolverDefinitions() {
  const resolver = new Resolver();
  registerContextGet(resolver);
  registerDraftResolvers(resolver);
  registerTemplateResolvers(resolver);
  registerTemplateFiles(resolver);
  registerPlanResolvers(resolver);
  registerRunResolvers(resolver);
  registerImportOpenApi(resolver);
  return resolver.getDefinitions();
}
