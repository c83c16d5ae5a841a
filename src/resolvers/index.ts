import Resolver from '@forge/resolver';
import { checkedAnswers, type AnswerCheck } from './answer-check';
import { registerAutomationTemplates } from './automation-templates';
import { registerContextGet } from './context-get';
import { declaredKeysOnly } from './declared-keys-only';
import { registerDraftResolvers } from './draft-resolvers';
import { registerExportOpenApi } from './export-openapi';
import { registerEpicResolvers } from './epic-resolvers';
import { registerImportOpenApi } from './import-openapi';
import { registerPlanExport } from './plan-export';
import { registerPlanResolvers } from './plan-resolvers';
import { registerRunResolvers } from './run-resolvers';
import { registerRunOutline } from './run-outline';
import { registerProvenance } from './provenance';
import { registerScopingSuggest } from './scoping-suggest';
import type { AppEnvironment } from '../app-environment';
import { registerTemplateFiles } from './template-files';
import { registerTemplateResolvers } from './template-resolvers';
import { registerTemplateScreens } from './template-screens';

/**
 * Every resolver the Custom UI modules can call; all of them share one Forge function. `answers`
 * says whether each answer is parsed against the contract before it leaves (`answer-check.ts`).
 */
export function createResolverDefinitions(env: AppEnvironment, answers: AnswerCheck) {
  const resolver = new Resolver();
  registerContextGet(resolver, env);
  registerDraftResolvers(resolver, env);
  registerTemplateResolvers(resolver, env);
  registerTemplateFiles(resolver, env);
  registerTemplateScreens(resolver, env);
  registerPlanResolvers(resolver, env);
  registerRunResolvers(resolver, env);
  registerRunOutline(resolver, env);
  registerProvenance(resolver, env);
  registerEpicResolvers(resolver, env);
  registerImportOpenApi(resolver);
  registerScopingSuggest(resolver, env);
  registerExportOpenApi(resolver, env);
  registerPlanExport(resolver, env);
  registerAutomationTemplates(resolver, env);
  return checkedAnswers(declaredKeysOnly(resolver.getDefinitions()), answers);
}
