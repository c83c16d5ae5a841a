import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface Manifest {
  modules?: {
    action?: { key: string; function?: string }[];
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

/** Which `src/index.ts` export each `action` module's function is: action key → export name. */
export function actionHandlersFromManifest(manifestPath: string): Record<string, string> {
  const manifest = parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const handlers = new Map((manifest.modules?.function ?? []).map((f) => [f.key, f.handler]));
  const actions: Record<string, string> = {};
  for (const action of manifest.modules?.action ?? []) {
    const handler = action.function ? handlers.get(action.function) : undefined;
    if (!handler) throw new Error(`manifest.yml: action ${action.key} names no known function.`);
    actions[action.key] = handler.replace(/^index\./, '');
  }
  return actions;
}
