import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface Manifest {
  modules?: {
    action?: {
      key: string;
      name?: string;
      description?: string;
      actionVerb?: string;
      function?: string;
      inputs?: Record<
        string,
        { title: string; type: string; required?: boolean; description?: string }
      >;
    }[];
    'automation:actionProvider'?: { actions: string[] }[];
    'rovo:agent'?: { actions?: string[] }[];
    consumer?: { queue: string; function?: string }[];
    function?: { key: string; handler: string }[];
  };
}

/**
 * Which `src/index.ts` export consumes each queue, read from manifest.yml so the local runtime
 * wires exactly what Forge would: queue key → handler export name.
 */
export function queueConsumersFromManifest(manifestPath: string): Record<string, string> {
  const manifest = parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const handlers = new Map((manifest.modules?.function ?? []).map((f) => [f.key, f.handler]));
  const consumers: Record<string, string> = {};
  for (const consumer of manifest.modules?.consumer ?? []) {
    const handler = consumer.function ? handlers.get(consumer.function) : undefined;
    if (!handler) {
      throw new Error(`manifest.yml: consumer of queue ${consumer.queue} names no known function.`);
    }
    consumers[consumer.queue] = handler.replace(/^index\./, '');
  }
  return consumers;
}

/** An `action` module as the host page offers it: what Automation's and Rovo's UIs would show. */
export interface ActionModule {
  key: string;
  name: string;
  description: string;
  actionVerb: string;
  /** The `src/index.ts` export its function names. */
  handlerExport: string;
  inputs: Record<string, { title: string; type: string; required: boolean; description: string }>;
  /** Offered to Automation rules (named by an `automation:actionProvider`). */
  automation: boolean;
  /** Offered to the Rovo agent (named by a `rovo:agent`). */
  rovo: boolean;
}

/** The manifest's `action` modules with the export each one's function is. */
export function actionModulesFromManifest(manifestPath: string): ActionModule[] {
  const manifest = parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const handlers = new Map((manifest.modules?.function ?? []).map((f) => [f.key, f.handler]));
  const provided = new Set(
    (manifest.modules?.['automation:actionProvider'] ?? []).flatMap((p) => p.actions),
  );
  const agentActions = new Set(
    (manifest.modules?.['rovo:agent'] ?? []).flatMap((a) => a.actions ?? []),
  );
  return (manifest.modules?.action ?? []).map((action) => {
    const handler = action.function ? handlers.get(action.function) : undefined;
    if (!handler) throw new Error(`manifest.yml: action ${action.key} names no known function.`);
    return {
      key: action.key,
      name: action.name ?? action.key,
      description: (action.description ?? '').trim(),
      actionVerb: action.actionVerb ?? '',
      handlerExport: handler.replace(/^index\./, ''),
      inputs: Object.fromEntries(
        Object.entries(action.inputs ?? {}).map(([name, input]) => [
          name,
          {
            title: input.title,
            type: input.type,
            required: input.required === true,
            description: input.description ?? '',
          },
        ]),
      ),
      automation: provided.has(action.key),
      rovo: agentActions.has(action.key),
    };
  });
}
