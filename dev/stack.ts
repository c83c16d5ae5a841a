/**
 * Starts the whole local stand-in: the Jira emulator (unless a real site is configured), the
 * function runtime with the real `src/index.ts` handlers, and the host page.
 */
import path from 'node:path';
import * as handlers from '../src/index';
import { createJiraEmulator, type JiraEmulator } from './emulator';
import { SEED_PROJECTS, SEED_USERS } from './emulator/seed';
import { devJira } from './host/dev-jira';
import { startHost } from './host/server';
import { actionModulesFromManifest, queueConsumersFromManifest } from './manifest-consumers';
import { createFunctionRuntime } from './runtime/function-runtime';
import { jiraTargetFromEnv, realSiteRequested } from './runtime/jira-target';
import { KvsStore } from './runtime/kvs-store';

export interface DevStackOptions {
  hostPort?: number;
  emulatorPort?: number;
  env?: Readonly<Record<string, string | undefined>>;
  /** Persist app storage to this file; in memory when absent. */
  kvsFile?: string;
  /** Milliseconds per second of queue delays (1000 like Forge; tests may lower it). */
  queueMsPerSecond?: number;
}

export interface DevStack {
  hostUrl: string;
  jiraUrl: string;
  mode: 'emulator' | 'real-site';
  emulator: JiraEmulator | null;
  /** App storage, so tests can look at it or make it fail (`addFault`). */
  kvs: KvsStore;
  stop(): Promise<void>;
}

export async function startDevStack(options: DevStackOptions = {}): Promise<DevStack> {
  const env = options.env ?? process.env;
  const realSite = realSiteRequested(env);
  let emulator: JiraEmulator | null = null;
  let emulatorUrl = 'http://127.0.0.1:0';
  if (!realSite) {
    emulator = createJiraEmulator();
    emulatorUrl = await emulator.listen(options.emulatorPort ?? 0);
    // Long runs continue in the queue as the app, which first checks that the person who started
    // them may still create issues; Jira answers that only to an app with Administer Jira. The
    // emulator starts without it, as a real site does; the local stack grants it so queued runs
    // go on unless DEV_APP_ADMINISTERS_JIRA=0 shows what a site without it does.
    if (env.DEV_APP_ADMINISTERS_JIRA !== '0')
      emulator.setGlobalPermission('app', 'ADMINISTER', true);
  }
  const jira = jiraTargetFromEnv(env, emulatorUrl);
  const kvs = new KvsStore(options.kvsFile ? { file: options.kvsFile } : {});
  const runtime = createFunctionRuntime({
    handlers,
    jira,
    kvs,
    queueConsumers: queueConsumersFromManifest(path.join(__dirname, '..', 'manifest.yml')),
    ...(options.queueMsPerSecond === undefined
      ? {}
      : { queueMsPerSecond: options.queueMsPerSecond }),
  });
  const users = (['admin', 'member', 'viewer'] as const).map((key) => ({
    key,
    accountId: SEED_USERS[key].accountId,
    displayName: SEED_USERS[key].displayName,
  }));
  const host = await startHost(
    {
      jira: devJira(jira, {
        admin: SEED_USERS.admin.accountId,
        member: SEED_USERS.member.accountId,
        viewer: SEED_USERS.viewer.accountId,
      }),
      runtime,
      ...(emulator ? { emulatorUrl } : {}),
      users,
      projects: emulator
        ? Object.keys(SEED_PROJECTS)
        : (env.DEV_PROJECTS ?? '').split(',').filter(Boolean),
      staticDir: path.join(__dirname, '..', 'static'),
      actions: actionModulesFromManifest(path.join(__dirname, '..', 'manifest.yml')),
    },
    options.hostPort ?? 0,
  );
  return {
    hostUrl: host.url,
    jiraUrl: jira.baseUrl,
    mode: jira.kind,
    emulator,
    kvs,
    async stop() {
      await host.close();
      await runtime.close();
      await emulator?.close();
    },
  };
}
