import Resolver from '@forge/resolver';
import { registerContextGet } from './context-get';
import { registerDraftResolvers } from './draft-resolvers';
import { registerEpicResolvers } from './epic-resolvers';
import { registerImportOpenApi } from './import-openapi';
import { registerPlanResolvers } from './plan-resolvers';
import { registerRunResolvers } from './run-resolvers';
import { registerTemplateList } from './template-list';
import type { RunEnvironment } from '../run/run-environment';

/** Every resolver the Custom UI modules can call; all of them share one Forge function. */
export function createResolverDefinitions(env: RunEnvironment) {
  const resolver = new Resolver();
  registerContextGet(resolver);
  registerDraftResolvers(resolver);
  registerTemplateList(resolver);
  registerPlanResolvers(resolver, env);
  registerRunResolvers(resolver, env);
  registerEpicResolvers(resolver, env);
  registerImportOpenApi(resolver);
  return resolver.getDefinitions();
}
