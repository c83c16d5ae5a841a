import { SEED_USERS, type SeedUserRole } from '../../dev/emulator/seed';
import { devJira } from '../../dev/host/dev-jira';
import { buildForgeContext, type ModuleType } from '../../dev/host/forge-context';
import { InvocationContext } from '../../dev/runtime/function-runtime';
import type { LocalForge } from './local-forge';

export interface ContextRequest {
  module: ModuleType;
  user: SeedUserRole;
  /** For the issue modules. */
  issueKey?: string;
  /** For the project settings page. */
  projectKey?: string;
}

/**
 * The invocation context Forge would send for a module opened by a seeded user, built by the
 * host's own code from the local Forge's emulator, so tests and the host page cannot disagree.
 */
export async function forgeContext(
  forge: LocalForge,
  request: ContextRequest,
): Promise<InvocationContext> {
  const jira = devJira(forge.jira, {
    admin: SEED_USERS.admin.accountId,
    member: SEED_USERS.member.accountId,
    viewer: SEED_USERS.viewer.accountId,
  });
  return InvocationContext.parse(await buildForgeContext(jira, request));
}
