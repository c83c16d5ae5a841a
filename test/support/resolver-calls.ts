/**
 * Calling every resolver of the contract as a module would, with a payload it accepts, against an
 * instrumented app (`instrumented-app.ts`): shared by the tests that walk every resolver key.
 */
import type { InvocationContext } from '../../dev/runtime/function-runtime';
import type { SeedUserRole } from '../../dev/emulator/seed';
import type { Envelope, ResolverKey } from '../../src/contract';
import { builtInTemplate, type Template } from '../../src/domain';
import { aDraft } from './draft-builders';
import { forgeContext } from './forge-contexts';
import type { LocalForge } from './local-forge';

/** Where each resolver is called from: the module whose people use it. */
export type Place = 'panel' | 'epicAction' | 'settings';

export function placeOf(key: ResolverKey): Place {
  if (key.startsWith('epic/')) return 'epicAction';
  if (key.startsWith('template/')) return 'settings';
  return 'panel';
}

const PLACES = {
  panel: { module: 'jira:issuePanel', issueKey: 'SHOP-2' },
  epicAction: { module: 'jira:issueAction', issueKey: 'SHOP-1' },
  settings: { module: 'jira:projectSettingsPage', projectKey: 'SHOP' },
} as const;

export const KEPT_TEMPLATE = 'kept-template';

export const aTemplate = (id: string): Template => ({
  ...builtInTemplate('backend-service-breakdown')!,
  id,
  name: `Template ${id}`,
});

const OPENAPI = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'Orders', version: '1' },
  paths: { '/orders': { get: { responses: { '200': { description: 'ok' } } } } },
});

export interface Caller {
  call(key: ResolverKey, user: SeedUserRole, payload?: unknown): Promise<Envelope<unknown>>;
}

export function caller(forge: LocalForge): Caller {
  const contexts = new Map<string, InvocationContext>();
  const contextOf = async (place: Place, user: SeedUserRole) => {
    const id = `${place}:${user}`;
    let context = contexts.get(id);
    if (!context) {
      context = await forgeContext(forge, { ...PLACES[place], user });
      contexts.set(id, context);
    }
    return context;
  };
  return {
    async call(key, user, payload = {}) {
      const context = await contextOf(placeOf(key), user);
      return (await forge.invoke({ functionKey: key, payload, context })) as Envelope<unknown>;
    },
  };
}

/**
 * A saved draft on SHOP-2, a run the member started from it, and a project template: what the
 * resolvers read. Answers the run's id.
 */
export async function seedAppData(calls: Caller): Promise<{ runId: string }> {
  const saved = await calls.call('draft/save', 'member', { draft: aDraft(), baseVersion: 0 });
  if (!saved.ok) throw new Error(`draft/save: ${saved.error.message}`);
  const template = await calls.call('template/save', 'admin', {
    template: aTemplate(KEPT_TEMPLATE),
    baseVersion: 0,
  });
  if (!template.ok) throw new Error(`template/save: ${template.error.message}`);
  const run = await calls.call('plan/apply', 'member', { templateId: 'backend-service-breakdown' });
  if (!run.ok) throw new Error(`plan/apply: ${run.error.message}`);
  return { runId: (run.data as { runId: string }).runId };
}

/**
 * What a payload names: the run, the draft's version, and the templates a call reads, writes,
 * imports or deletes. Each test that walks every resolver key says which of its own to use.
 */
export interface PayloadFacts {
  runId: string;
  /** The version the draft on the issue is saved at now (0: none yet). */
  draftVersion: number;
  /** A project template that exists, and the version it is at. */
  kept: { id: string; version: number };
  /** The template `template/save` writes: a new one by this id, or the kept one when absent. */
  saved?: string;
  /** The template `template/import` brings in. */
  imported: string;
  /** The template `template/delete` deletes. */
  deleted: string;
}

/** A payload the contract accepts, so the answer says what happened, not how it was asked. */
export function payloadFor(key: ResolverKey, facts: PayloadFacts): unknown {
  const { runId, kept } = facts;
  switch (key) {
    case 'draft/save':
      return { draft: aDraft(), baseVersion: facts.draftVersion };
    case 'plan/preview':
    case 'plan/apply':
    case 'epic/preview':
    case 'epic/apply':
      return { templateId: 'backend-service-breakdown' };
    case 'plan/item-description':
      return { templateId: 'backend-service-breakdown', localId: 'service:orders' };
    case 'plan/export':
      return { templateId: 'backend-service-breakdown', format: 'json' };
    case 'scoping/export-openapi':
      return { format: 'yaml' };
    case 'template/get':
    case 'template/versions':
    case 'template/set-default':
      return { templateId: kept.id };
    case 'template/delete':
      return { templateId: facts.deleted };
    case 'template/export':
      return { templateId: kept.id, format: 'json' };
    case 'template/save':
      return facts.saved === undefined
        ? { template: aTemplate(kept.id), baseVersion: kept.version }
        : { template: aTemplate(facts.saved), baseVersion: 0 };
    case 'template/restore':
      return { templateId: kept.id, version: 1, baseVersion: kept.version };
    case 'template/import':
      return { text: JSON.stringify(aTemplate(facts.imported)) };
    case 'run/get':
    case 'run/outline':
    case 'run/cancel':
    case 'run/resume':
      return { runId };
    case 'run/undo':
      return { runId, confirm: true };
    case 'scoping/import-openapi':
      return { document: OPENAPI };
    default:
      return {};
  }
}

/** `payloadFor` with the data `seedAppData` made: the kept template at version 1. */
export function validPayload(key: ResolverKey, runId: string, draftVersion = 1): unknown {
  return payloadFor(key, {
    runId,
    draftVersion,
    kept: { id: KEPT_TEMPLATE, version: 1 },
    imported: 'imported-template',
    deleted: KEPT_TEMPLATE,
  });
}
