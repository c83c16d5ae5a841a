/**
 * The emulator's own HTTP API under `/__emulator/` (no authentication, loopback only): reset,
 * faults, the request log, run-time create-screen and permission changes, and an issue dump for
 * the issue browser. Documented in dev/emulator/README.md.
 */
import { z } from 'zod';
import type { JiraEmulator } from '../jira-emulator';
import { faultRuleSchema } from '../faults/fault-rule';
import type { JiraResponse } from '../http/jira-response';
import type { BodyRead } from '../http/read-body';
import { MAX_SEARCH_LAG_MS } from '../jira-store';
import { APP_ACCOUNT_ID, SEED_PROJECTS, SEED_USERS } from '../seed';

const requiredFieldSchema = z.strictObject({
  projectKey: z.string().min(1),
  issueTypeId: z.string().min(1),
  fieldId: z.string().min(1),
  required: z.boolean(),
});

const permissionSchema = z.strictObject({
  accountId: z.string().min(1),
  projectKey: z.string().min(1),
  permission: z.string().min(1),
  granted: z.boolean(),
});

const globalPermissionSchema = z.strictObject({
  accountId: z.string().min(1),
  permission: z.string().min(1),
  granted: z.boolean(),
});

const accountChangeSchema = z.strictObject({
  accountId: z.string().min(1).max(128),
  status: z.enum(['closed', 'updated', 'active']),
  /** For `updated`: when the profile changed (epoch ms); now when absent. */
  at: z.number().int().nonnegative().optional(),
});

const searchLagSchema = z.strictObject({ ms: z.number().min(0).max(MAX_SEARCH_LAG_MS) });

const ok = (status: number, body?: unknown): JiraResponse => ({ status, body });
const refuse = (status: number, error: string): JiraResponse => ({ status, body: { error } });

function jsonBody(body: BodyRead): unknown {
  return body.kind === 'json' ? body.value : undefined;
}

/** Runs an admin action; an invalid body or a throwing action becomes a 400 with its message. */
function attempt(action: () => JiraResponse): JiraResponse {
  try {
    return action();
  } catch (error) {
    if (error instanceof z.ZodError) return refuse(400, z.prettifyError(error));
    if (error instanceof Error) return refuse(400, error.message);
    throw error;
  }
}

export function handleAdmin(
  emulator: JiraEmulator,
  method: string,
  url: URL,
  body: BodyRead,
): JiraResponse {
  const route = `${method} ${url.pathname.replace(/\/$/, '')}`;
  const faultId = /^DELETE \/__emulator\/faults\/([^/]+)$/.exec(route)?.[1];
  if (faultId !== undefined)
    return emulator.removeFault(decodeURIComponent(faultId))
      ? ok(204)
      : refuse(404, `no fault ${faultId}`);
  switch (route) {
    case 'POST /__emulator/reset':
      emulator.reset();
      return ok(204);
    case 'GET /__emulator/faults':
      return ok(200, { faults: emulator.faults() });
    case 'POST /__emulator/faults':
      return attempt(() => {
        const value = jsonBody(body);
        const rules = z.array(faultRuleSchema).parse(Array.isArray(value) ? value : [value]);
        return ok(201, { ids: rules.map((rule) => emulator.addFault(rule)) });
      });
    case 'DELETE /__emulator/faults':
      emulator.clearFaults();
      return ok(204);
    case 'GET /__emulator/log':
      return ok(200, { entries: emulator.requestLog(), counts: emulator.counts() });
    case 'DELETE /__emulator/log':
      emulator.clearLog();
      return ok(204);
    case 'GET /__emulator/violations':
      return ok(200, { violations: emulator.responseViolations() });
    case 'GET /__emulator/issues':
      return attempt(() =>
        ok(200, { issues: emulator.issues(url.searchParams.get('project') ?? undefined) }),
      );
    case 'POST /__emulator/required-fields':
      return attempt(() => {
        const r = requiredFieldSchema.parse(jsonBody(body));
        emulator.setRequiredField(r.projectKey, r.issueTypeId, r.fieldId, r.required);
        return ok(204);
      });
    case 'POST /__emulator/permissions':
      return attempt(() => {
        const p = permissionSchema.parse(jsonBody(body));
        emulator.setPermission(p.accountId, p.projectKey, p.permission, p.granted);
        return ok(204);
      });
    case 'POST /__emulator/global-permissions':
      return attempt(() => {
        const p = globalPermissionSchema.parse(jsonBody(body));
        emulator.setGlobalPermission(p.accountId, p.permission, p.granted);
        return ok(204);
      });
    case 'GET /__emulator/search-lag':
      return ok(200, { ms: emulator.searchLag() });
    case 'POST /__emulator/search-lag':
      return attempt(() => {
        emulator.setSearchLag(searchLagSchema.parse(jsonBody(body)).ms);
        return ok(204);
      });
    case 'POST /__emulator/accounts':
      return attempt(() => {
        const change = accountChangeSchema.parse(jsonBody(body));
        emulator.setAccountChange(
          change.accountId,
          change.status === 'active'
            ? null
            : change.status === 'closed'
              ? { status: 'closed' }
              : { status: 'updated', at: change.at ?? Date.now() },
        );
        return ok(204);
      });
    case 'GET /__emulator/personal-data-reports':
      return ok(200, { reports: emulator.personalDataReports() });
    case 'GET /__emulator/seed':
      return ok(200, { users: SEED_USERS, appAccountId: APP_ACCOUNT_ID, projects: SEED_PROJECTS });
    default:
      return refuse(404, `no admin route ${route}; see dev/emulator/README.md`);
  }
}
