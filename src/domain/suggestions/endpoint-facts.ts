import { slugify } from '../draft/draft-id';
import type { Endpoint, HttpMethod } from '../draft/scoping-schema';

/** A `{name}` segment of a path and the resource it names, e.g. `{id}` in `/orders/{id}`. */
export interface PathParameter {
  name: string;
  /** The resource in words, singular: "order". */
  resource: string;
}

const PARAM = /^\{([^{}]+)\}$/;
const segmentsOf = (path: string) => path.split('/').filter((segment) => segment !== '');

/** "orders" → "order", "categories" → "category", "addresses" → "address", "status" stays. */
export function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/(?:us|is|ss)$/.test(word)) return word;
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

const ID_SUFFIX = /^(?:id|key|uuid|slug|name|code|number|no)$/;

/**
 * The resource a parameter's own name points at: "petId" → "pet", "order_id" → "order",
 * "username" → "user"; undefined for names that say nothing of a resource ("id", "slug", "pid").
 */
function resourceFromName(name: string): string | undefined {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  const last = words.at(-1) ?? '';
  if (words.length > 1 && ID_SUFFIX.test(last)) return words.slice(0, -1).join(' ');
  const glued = /^([a-z]{3,})(?:id|key|uuid|slug|name|code|number)$/.exec(last);
  if (words.length === 1 && glued?.[1] !== undefined) return glued[1];
  return undefined;
}

/** Parameter names that say they identify something. */
const IDENTIFIER = /(?:^|[a-z_-])(?:id|key|uuid|slug|code|number|name)$/i;

/**
 * The path parameters that name a resource, and which: the one the parameter's name says
 * ("{orderId}"), else the nearest collection before it ("/orders/{id}",
 * "/repositories/{owner}/{slug}"). A parameter with neither is not taken for a resource.
 */
export function resourceParameters(path: string): PathParameter[] {
  const segments = segmentsOf(path);
  return segments.flatMap((segment, index) => {
    const name = PARAM.exec(segment)?.[1]?.trim();
    if (name === undefined || name === '') return [];
    const named = resourceFromName(name);
    if (named !== undefined) return [{ name, resource: named }];
    const collection = segments
      .slice(0, index)
      .reverse()
      .find((before) => !PARAM.test(before));
    const fromCollection =
      collection === undefined
        ? ''
        : singular(
            collection
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, ' ')
              .trim(),
          );
    if (fromCollection !== '' && !/^v?\d/.test(fromCollection)) {
      return [{ name, resource: fromCollection }];
    }
    return IDENTIFIER.test(name) ? [{ name, resource: 'resource' }] : [];
  });
}

/** Every `{name}` of a path, in order: "/orders/{orderId}/lines/{lineId}" → orderId, lineId. */
export const pathParameterNames = (path: string): string[] =>
  segmentsOf(path).flatMap((segment) => {
    const name = PARAM.exec(segment)?.[1]?.trim();
    return name ? [name] : [];
  });

const BODY_METHODS: readonly HttpMethod[] = ['POST', 'PUT', 'PATCH'];

/** Whether requests to the endpoint carry a body. */
export const takesBody = (endpoint: Endpoint) => BODY_METHODS.includes(endpoint.method);

const lastSegment = (path: string) => segmentsOf(path).at(-1) ?? '';

const CREATE_WORDS = /\b(?:create|add|place|register|submit|new|open|charge|book|upload)\b/i;

/** A POST that makes something new: to a collection ("/orders"), or saying so in its summary. */
export function isCreate(endpoint: Endpoint): boolean {
  if (endpoint.method !== 'POST') return false;
  const last = lastSegment(endpoint.path);
  const collection = !PARAM.test(last) && /[a-z]s$/i.test(last);
  return collection || CREATE_WORDS.test(endpoint.summary);
}

/** What a create makes, in words: "order" for POST /orders. */
export function createdResource(endpoint: Endpoint): string {
  const last = lastSegment(endpoint.path)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return last === '' || PARAM.test(lastSegment(endpoint.path)) ? 'resource' : singular(last);
}

/** A PUT or PATCH of one addressed resource: two clients can race on it. */
export const isUpdateOfOne = (endpoint: Endpoint) =>
  (endpoint.method === 'PUT' || endpoint.method === 'PATCH') &&
  resourceParameters(endpoint.path).length > 0;

const UPLOAD_WORDS = /upload|attachment|\bfiles?\b|image|photo|avatar|multipart|\bimport\b/i;

/** Whether the endpoint takes a file or another large body. */
export const isUpload = (endpoint: Endpoint) =>
  takesBody(endpoint) && (UPLOAD_WORDS.test(endpoint.path) || UPLOAD_WORDS.test(endpoint.summary));

/** Whether an input's format reads like an upload: "CSV upload", "multipart/form-data", …. */
export const isUploadFormat = (format: string) =>
  /upload|multipart|octet-stream|binary|\bcsv\b|\bfiles?\b|image/i.test(format);

/** "GET /orders/{id}", the way people name an endpoint. */
export const endpointLabel = (endpoint: Endpoint) =>
  `${endpoint.method} ${endpoint.path.trim()}`.trim();

/** The status a successful call answers: 201 for a create, 204 for a DELETE, else 200. */
export function successStatus(endpoint: Endpoint): number {
  if (isCreate(endpoint)) return 201;
  if (endpoint.method === 'DELETE' || endpoint.method === 'OPTIONS') return 204;
  return 200;
}

/** A subject key for a resource: "order item" → "order-item". */
export const resourceKey = (resource: string) => slugify(resource);
