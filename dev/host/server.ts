/**
 * The local host: a Jira-like page that embeds each Custom UI build in an iframe with a Forge
 * bridge, a documented invoke endpoint that runs the real resolvers, and a Jira proxy for the page.
 */
import { build } from 'esbuild';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import {
  InvalidPayloadError,
  InvocationContext,
  type ActionInvokeRequest,
  type InvokeRequest,
} from '../runtime/function-runtime';
import type { ActionModule } from '../manifest-consumers';
import { DEV_USER_KEYS, type DevJira, type DevUserKey } from './dev-jira';
import { buildForgeContext, ContextError, contextRequestSchema, MODULES } from './forge-context';
import { loopbackHosts } from '../shared/loopback-guard';
import { refusalOf, type GuardPolicy } from './request-guard';

export interface Invoker {
  invoke(request: InvokeRequest): Promise<unknown>;
  invokeAction?(request: ActionInvokeRequest): Promise<unknown>;
}

export interface HostOptions {
  jira: DevJira;
  runtime: Invoker;
  /** The emulator's own URL (for its admin API), when Jira is the emulator. */
  emulatorUrl?: string;
  users: { key: DevUserKey; accountId: string; displayName: string }[];
  /** Project keys the page's navigation offers. */
  projects: string[];
  /** Where the built Custom UI resources live: `<staticDir>/<resource>/build`. */
  staticDir: string;
  /** The manifest's `action` modules, which `POST /__dev/action` runs and the page offers. */
  actions?: ActionModule[];
}

const PAGE_DIR = path.join(__dirname, 'page');
const RESOURCES = new Set(Object.values(MODULES).map((m) => m.resource));
const MAX_BODY = 1024 * 1024;
/** A larger body is read to its end (so the client sees the 413, not a reset) up to this size. */
const MAX_DRAINED = 64 * 1024 * 1024;

const invokeRequestSchema = z.object({
  module: z.enum([
    'jira:issuePanel',
    'jira:issueAction',
    'jira:projectSettingsPage',
    'jira:adminPage',
    'action',
  ]),
  user: z.enum(['admin', 'member', 'viewer']).default('admin'),
  issueKey: z.string().optional(),
  projectKey: z.string().optional(),
  actionKey: z.string().optional(),
  functionKey: z.string().min(1).max(100),
  payload: z.unknown().default({}),
});

/**
 * `POST /__dev/action`: one call of an `action` module as Automation or Rovo makes it. `payload`
 * is the action's inputs (what a rule's configuration form saved, smart values resolved; or what
 * the agent extracted). `issueKey` is the issue a Rovo chat is open on: the host adds the
 * `context` object Rovo puts into the payload there, and `context` adds fields to it.
 */
const actionRequestSchema = z
  .object({
    actionKey: z.string().min(1).max(100),
    user: z.enum(['admin', 'member', 'viewer']).default('admin'),
    issueKey: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*-\d+$/)
      .optional(),
    payload: z.record(z.string(), z.unknown()).default({}),
    context: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** No other site may frame the host page and click its buttons for the developer. */
const PAGE_HEADERS = { 'x-frame-options': 'SAMEORIGIN', 'x-content-type-options': 'nosniff' };

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  const text = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...PAGE_HEADERS });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, message: string): void {
  send(res, status, { error: { message } });
}

/**
 * Reads a body of at most 1 MiB. A larger one is read on (and dropped) before the 413, because
 * answering while the client is still sending makes it see a reset connection instead.
 */
async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_DRAINED) {
      req.destroy();
      break;
    }
    if (size <= MAX_BODY) chunks.push(chunk);
  }
  if (size > MAX_BODY) throw new ContextError(413, 'The request body is larger than 1 MiB.');
  return Buffer.concat(chunks).toString('utf8');
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(PAGE_DIR, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error(`Bundling ${entry} produced no output.`);
  return file.text;
}

/** The request's path; a request line no URL parser accepts has none (and gets a 404 or 400). */
function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://127.0.0.1').pathname;
  } catch {
    return '';
  }
}

function userFrom(value: string | string[] | undefined): DevUserKey {
  return DEV_USER_KEYS.find((k) => k === value) ?? 'admin';
}

export async function startHost(
  options: HostOptions,
  port = 0,
): Promise<{ url: string; close(): Promise<void> }> {
  const [hostJs, bridgeJs] = await Promise.all([bundle('host.ts'), bundle('bridge.ts')]);
  // Written into the page this host serves; other pages, even on 127.0.0.1, cannot read it.
  const secret = randomBytes(32).toString('hex');
  const pageHtml = (await readFile(path.join(PAGE_DIR, 'index.html'), 'utf8')).replace(
    '<head>',
    `<head>\n    <meta name="bb-dev-secret" content="${secret}" />`,
  );

  async function serveResource(res: ServerResponse, resource: string, file: string): Promise<void> {
    const root = path.join(options.staticDir, resource, 'build');
    const target = path.normalize(path.join(root, file || 'index.html'));
    if (!target.startsWith(root))
      return sendError(res, 400, 'That path leaves the resource folder.');
    let content: Buffer;
    try {
      content = await readFile(target);
    } catch {
      return sendError(
        res,
        target.endsWith('index.html') ? 503 : 404,
        target.endsWith('index.html')
          ? `The ${resource} UI is not built: run "npm run build".`
          : `No file ${file} in the ${resource} build.`,
      );
    }
    const type = CONTENT_TYPES[path.extname(target)] ?? 'application/octet-stream';
    if (target.endsWith('index.html')) {
      // The bridge must exist before @forge/bridge is imported by the app's bundle.
      const html = content
        .toString('utf8')
        .replace('<head>', '<head>\n    <script src="/bridge.js"></script>');
      return send(res, 200, html, type);
    }
    send(res, 200, content, type);
  }

  async function proxyJira(
    req: IncomingMessage,
    res: ServerResponse,
    restPath: string,
  ): Promise<void> {
    const method = req.method ?? 'GET';
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    const answer = await options.jira.request(userFrom(req.headers['x-dev-user']), restPath, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await answer.text();
    res.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/json',
      'cache-control': 'no-store',
    });
    res.end(text);
  }

  /**
   * The `context` Rovo adds to an action's payload in a chat opened on an issue (Atlassian's
   * "Jira issue example" in the Rovo action reference), read as the person chatting.
   */
  async function rovoContext(
    user: DevUserKey,
    actionKey: string,
    issueKey: string | undefined,
    site: string,
  ): Promise<Record<string, unknown>> {
    const common = { cloudId: 'local-cloud-0000', moduleKey: actionKey };
    if (issueKey === undefined) return common;
    const context = InvocationContext.parse(
      await buildForgeContext(options.jira, { module: 'jira:issuePanel', user, issueKey }, site),
    );
    const { extension } = context;
    if (extension.type !== 'jira:issuePanel') return common;
    return {
      ...common,
      jira: {
        url: `${site}/browse/${extension.issue.key}`,
        resourceType: 'issue',
        issueKey: extension.issue.key,
        issueId: extension.issue.id,
        issueType: extension.issue.type,
        issueTypeId: extension.issue.typeId,
        projectKey: extension.project.key,
        projectId: extension.project.id,
      },
    };
  }

  /** Where issue links point: the real site, or this page when Jira is the emulator. */
  const siteUrl = (req: IncomingMessage): string =>
    options.jira.mode === 'real-site'
      ? options.jira.baseUrl
      : `http://${req.headers.host ?? `127.0.0.1:${String((server.address() as AddressInfo).port)}`}`;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (pathOf(req.url) === '') return sendError(res, 400, 'The request line has no valid path.');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    if (method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
      return send(res, 200, pageHtml, CONTENT_TYPES['.html']);
    }
    if (method === 'GET' && url.pathname === '/host.css') {
      return send(res, 200, await readFile(path.join(PAGE_DIR, 'host.css')), CONTENT_TYPES['.css']);
    }
    if (method === 'GET' && url.pathname === '/host.js')
      return send(res, 200, hostJs, CONTENT_TYPES['.js']);
    if (method === 'GET' && url.pathname === '/bridge.js') {
      return send(res, 200, bridgeJs, CONTENT_TYPES['.js']);
    }
    const resource = /^\/resources\/([a-z-]+)\/(.*)$/.exec(url.pathname);
    if (method === 'GET' && resource?.[1] && RESOURCES.has(resource[1] as never)) {
      return serveResource(res, resource[1], decodeURIComponent(resource[2] ?? ''));
    }
    if (method === 'GET' && url.pathname === '/__dev/config') {
      return send(res, 200, {
        mode: options.jira.mode,
        jiraBaseUrl: options.jira.baseUrl,
        emulatorUrl: options.emulatorUrl ?? null,
        users: options.users,
        projects: options.projects,
        modules: MODULES,
        actions: options.actions ?? [],
      });
    }
    if (method === 'GET' && url.pathname === '/__dev/context') {
      const request = contextRequestSchema.safeParse(Object.fromEntries(url.searchParams));
      if (!request.success) return sendError(res, 400, z.prettifyError(request.error));
      return send(res, 200, await buildForgeContext(options.jira, request.data, siteUrl(req)));
    }
    // The emulator has no issue view: an app's link to `<siteUrl>/browse/KEY` opens this page's.
    const browse = /^\/browse\/([A-Z][A-Z0-9_]*-\d+)$/.exec(url.pathname);
    if (method === 'GET' && browse) {
      res.writeHead(302, { location: `/#/browse/${browse[1] ?? ''}`, 'cache-control': 'no-store' });
      res.end();
      return;
    }
    if (method === 'POST' && url.pathname === '/__dev/invoke') {
      let raw: unknown;
      try {
        raw = JSON.parse(await readBody(req));
      } catch (error) {
        if (error instanceof ContextError) throw error;
        return sendError(res, 400, 'The body must be JSON.');
      }
      const request = invokeRequestSchema.safeParse(raw);
      if (!request.success) return sendError(res, 400, z.prettifyError(request.error));
      const scope = contextRequestSchema.safeParse(request.data);
      if (!scope.success) return sendError(res, 400, z.prettifyError(scope.error));
      // Parsed with the runtime's schema of what Forge sends, so the host cannot drift from it.
      const context = InvocationContext.parse(
        await buildForgeContext(options.jira, scope.data, siteUrl(req)),
      );
      let result: unknown;
      try {
        result = await options.runtime.invoke({
          functionKey: request.data.functionKey,
          payload: request.data.payload,
          context,
        });
      } catch (error) {
        if (error instanceof InvalidPayloadError) return sendError(res, 400, error.message);
        throw error;
      }
      return send(res, 200, result === undefined ? null : result);
    }
    if (method === 'POST' && url.pathname === '/__dev/action') {
      let raw: unknown;
      try {
        raw = JSON.parse(await readBody(req));
      } catch (error) {
        if (error instanceof ContextError) throw error;
        return sendError(res, 400, 'The body must be JSON.');
      }
      const request = actionRequestSchema.safeParse(raw);
      if (!request.success) return sendError(res, 400, z.prettifyError(request.error));
      const handlerExport = options.actions?.find(
        (a) => a.key === request.data.actionKey,
      )?.handlerExport;
      if (!handlerExport || !options.runtime.invokeAction) {
        return sendError(
          res,
          404,
          `manifest.yml has no action "${request.data.actionKey}"; it has ${(options.actions ?? []).map((a) => a.key).join(', ') || 'none'}.`,
        );
      }
      const user = options.users.find((u) => u.key === request.data.user);
      if (!user) return sendError(res, 400, `There is no dev user ${request.data.user}.`);
      const rovo =
        request.data.issueKey === undefined && request.data.context === undefined
          ? undefined
          : {
              ...(await rovoContext(
                request.data.user,
                request.data.actionKey,
                request.data.issueKey,
                siteUrl(req),
              )),
              ...request.data.context,
            };
      try {
        const answer = await options.runtime.invokeAction({
          handlerExport,
          accountId: user.accountId,
          payload: { ...request.data.payload, ...(rovo ? { context: rovo } : {}) },
        });
        return send(res, 200, answer === undefined ? null : answer);
      } catch (error) {
        if (error instanceof InvalidPayloadError) return sendError(res, 400, error.message);
        throw error;
      }
    }
    if (url.pathname.startsWith('/__dev/jira/rest/')) {
      return proxyJira(req, res, url.pathname.slice('/__dev/jira'.length) + url.search);
    }
    sendError(res, 404, `Nothing at ${method} ${url.pathname}.`);
  }

  const guard = (): GuardPolicy => {
    const { port: bound } = server.address() as AddressInfo;
    return {
      allowedHosts: loopbackHosts(bound),
      // Against the emulator there is no token to protect, and scripts may call in with curl.
      secret: options.jira.mode === 'real-site' ? secret : null,
    };
  };
  const server = http.createServer((req, res) => {
    const refusal = refusalOf(
      { method: req.method ?? 'GET', path: pathOf(req.url), headers: req.headers },
      guard(),
    );
    if (refusal) {
      // Read (and drop) the refused body first: answering mid-upload makes the client see a reset.
      req
        .on('end', () => sendError(res, refusal.status, refusal.message))
        .on('error', () => res.destroy())
        .resume();
      return;
    }
    route(req, res).catch((error: unknown) => {
      const status = error instanceof ContextError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500)
        console.error(`[host] ${req.method ?? ''} ${req.url ?? ''} failed:`, error);
      if (!res.headersSent) sendError(res, status, message);
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
