/**
 * `GET` and `POST /rest/api/3/search/jql`: JQL search with `nextPageToken` paging. By default (and
 * with `fields: ['id']`) each issue is its id alone; any other field adds `key`, `self` and the
 * fields asked for; `properties` only when asked. No `total`, as in Jira Cloud.
 */
import { isObject } from '../create/values';
import type { Handler, RequestContext } from '../http/request-context';
import { jiraError, json, type JiraResponse } from '../http/jira-response';
import { MSG } from '../jira-messages';
import { compileJql } from '../jql/jql-filter';
import { JqlError } from '../jql/jql-error';
import { parseJql } from '../jql/jql-parser';
import { fieldNames, renderIssue, renderIssueId } from '../render/render-issue';
import { fieldSelection, propertySelection } from '../render/selection';

/** Jira allows up to 5000 results per page when only ids/keys are asked for, else 100. */
const ID_ONLY_PAGE_LIMIT = 5000;
const FIELDS_PAGE_LIMIT = 100;
const DEFAULT_PAGE = 50;
/** `reconcileIssues`: "Accepts max 50 ids." */
const MAX_RECONCILE = 50;
/** `properties`: "A list of up to 5 issue properties to include in the results." */
const MAX_PROPERTIES = 5;

interface SearchRequest {
  jql: string;
  nextPageToken?: string;
  maxResults?: number;
  fields?: string[];
  properties?: string[];
  expand: string[];
  /** Issue ids the search must see as they are now, indexed or not (read-after-write). */
  reconcileIssues: number[];
}

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.map(String) : undefined;
const numbers = (value: unknown): number[] =>
  Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
const commaList = (value: unknown): string[] =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : (strings(value) ?? []);

/** A page token is bound to its query and to its `reconcileIssues` ("This list of ids should be
 * consistent with each paginated request across different pages"). */
interface PageToken {
  offset: number;
  jql: string;
  reconcile: string;
}

const reconcileKey = (ids: readonly number[]) => [...new Set(ids)].sort((a, b) => a - b).join(',');

const encodeToken = (token: PageToken) => Buffer.from(JSON.stringify(token)).toString('base64url');

function decodeToken(raw: string): Partial<PageToken> | undefined {
  try {
    const token: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    return isObject(token) ? token : undefined;
  } catch {
    return undefined;
  }
}

function search(ctx: RequestContext, request: SearchRequest): JiraResponse {
  if (request.reconcileIssues.length > MAX_RECONCILE)
    return jiraError(400, [MSG.tooManyReconcileIssues(request.reconcileIssues.length)]);
  const properties = (request.properties ?? []).filter((p) => p.trim() !== '');
  if (properties.length > MAX_PROPERTIES)
    return jiraError(400, [MSG.tooManySearchProperties(properties.length)]);
  const reconcile = reconcileKey(request.reconcileIssues);
  let offset = 0;
  if (request.nextPageToken !== undefined) {
    const token = decodeToken(request.nextPageToken);
    if (typeof token?.offset !== 'number' || token.jql !== request.jql)
      return jiraError(400, [MSG.invalidPageToken]);
    if (token.reconcile !== reconcile) return jiraError(400, [MSG.reconcileChangedBetweenPages]);
    offset = token.offset;
  }
  let found;
  try {
    const query = parseJql(request.jql);
    if (query.where === undefined) return jiraError(400, [MSG.unboundedJql]);
    const { matches, compare } = compileJql(ctx.store, ctx.account.accountId, query);
    // The index trails writes (search lag); issues named in reconcileIssues are read fresh.
    const readFresh = new Set(request.reconcileIssues.map(String));
    found = ctx.store
      .allIssues()
      .filter((issue) => ctx.store.isIndexed(issue) || readFresh.has(issue.id))
      .filter(matches)
      .sort(compare);
  } catch (error) {
    if (error instanceof JqlError) return jiraError(400, [error.message]);
    throw error;
  }
  const tokens = (request.fields ?? []).map((f) => f.trim()).filter((f) => f !== '');
  // "`id` Returns only issue IDs … The default is `id`": no key, no self, no fields.
  const idOnly = tokens.every((f) => f === 'id');
  const limit = tokens.every((f) => f === 'id' || f === 'key')
    ? ID_ONLY_PAGE_LIMIT
    : FIELDS_PAGE_LIMIT;
  const size = Math.min(Math.max(request.maxResults ?? DEFAULT_PAGE, 1), limit);
  const page = found.slice(offset, offset + size);
  const isLast = offset + size >= found.length;
  const fields = fieldSelection(tokens, 'none');
  const view = { fields, properties: propertySelection(properties), names: false };
  const issues = page.map((issue) =>
    idOnly
      ? renderIssueId(issue, view.properties)
      : renderIssue(ctx.store, ctx.baseUrl, issue, view),
  );
  // Jira answers the names of the page's fields once, beside the issues.
  const names = request.expand.includes('names')
    ? Object.fromEntries(page.flatMap((i) => Object.entries(fieldNames(ctx.store, i, fields))))
    : undefined;
  return json(200, {
    issues,
    isLast,
    ...(isLast
      ? {}
      : { nextPageToken: encodeToken({ offset: offset + size, jql: request.jql, reconcile }) }),
    ...(names ? { names } : {}),
  });
}

export const searchJqlGet: Handler = (ctx) =>
  search(ctx, {
    jql: typeof ctx.query.jql === 'string' ? ctx.query.jql : '',
    nextPageToken:
      typeof ctx.query.nextPageToken === 'string' ? ctx.query.nextPageToken : undefined,
    maxResults: typeof ctx.query.maxResults === 'number' ? ctx.query.maxResults : undefined,
    fields: strings(ctx.query.fields),
    properties: strings(ctx.query.properties),
    expand: commaList(ctx.query.expand),
    reconcileIssues: numbers(ctx.query.reconcileIssues),
  });

export const searchJqlPost: Handler = (ctx) => {
  const body = isObject(ctx.body) ? ctx.body : {};
  return search(ctx, {
    jql: typeof body.jql === 'string' ? body.jql : '',
    nextPageToken: typeof body.nextPageToken === 'string' ? body.nextPageToken : undefined,
    maxResults: typeof body.maxResults === 'number' ? body.maxResults : undefined,
    fields: strings(body.fields),
    properties: strings(body.properties),
    expand: commaList(body.expand),
    reconcileIssues: numbers(body.reconcileIssues),
  });
};
