import Resolver from '@forge/resolver';
import { registerContextGet } from './context-get';
import { declaredKeysOnly } from './declared-keys-only';
import { registerDraftResolvers } from './draft-resolvers';
import { registerImportOpenApi } from './import-openapi';
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
  return declaredKeysOnly(resolver.getDefinitions());
}
