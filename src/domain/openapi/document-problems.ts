import { expansionCost, MAX_EXPANDED_DEPTH } from './expansion-cost';
import {
  isRecord,
  localRefPath,
  refOf,
  toPointer,
  valueAt,
  type DocumentPath,
} from './json-pointer';
import { OPENAPI_METHODS } from './openapi-document';

/** One thing wrong with a document, where it is (a JSON pointer into the document as written). */
export interface DocumentProblem {
  message: string;
  /** RFC 6901, e.g. `/paths/~1pets/get/operationId`; absent when the problem has no one place. */
  pointer?: string;
  /** 1-based line in the text the user gave, when known. */
  line?: number;
}

/** How much work reading a document may cause, beyond its own size. */
export interface ImportBudget {
  /** Objects and arrays the dereferenced document may hold: what validating it costs. */
  expandedNodes: number;
}

/**
 * The budget of a real import. Validation walks the document with every reference expanded: a
 * quarter of a million nodes of the worst shape (the fan-out) validate in about a second on two
 * busy cores (bench/openapi-import.bench.ts), and Atlassian's Jira spec (2.4 MB, 417 paths)
 * expands to about 140,000 (17,000 slimmed, as the browser sends it).
 */
export const IMPORT_BUDGET: ImportBudget = { expandedNodes: 250_000 };

/** 3.0.x and 3.1.x: the parser validates both, and the import reads only what they share. */
const SUPPORTED_VERSION = /^3\.[01]\.\d+$/;

/** Swagger 2.0, which the import converts to OpenAPI 3.0 before reading it (`swaggerToOpenApi`). */
export function isSwagger2(document: Record<string, unknown>): boolean {
  return document.swagger === '2.0' && document.openapi === undefined;
}

/**
 * Why a parsed document is not one the import reads at all: another version than OpenAPI
 * 3.0/3.1 (or Swagger 2.0, which is converted first). Undefined when it is.
 */
export function versionProblem(document: Record<string, unknown>): DocumentProblem | undefined {
  const { swagger, openapi } = document;
  if (swagger !== undefined && openapi === undefined) {
    return {
      message: `This is a Swagger ${JSON.stringify(swagger)} document; the import reads Swagger 2.0 and OpenAPI 3.0 and 3.1`,
      pointer: '/swagger',
    };
  }
  if (typeof openapi !== 'string' || !SUPPORTED_VERSION.test(openapi)) {
    const found =
      openapi === undefined ? 'it has no "openapi" field' : `it says ${JSON.stringify(openapi)}`;
    return {
      message: `Only Swagger 2.0 and OpenAPI 3.0.x and 3.1.x documents can be imported, and ${found}`,
      ...(openapi === undefined ? {} : { pointer: '/openapi' }),
    };
  }
  return undefined;
}

/** What the import found itself, and whether the parser may still look at the document. */
export interface OwnFindings {
  problems: DocumentProblem[];
  /**
   * False when a reference is broken or expands past the budget: the parser would stop at the
   * first or expand without end, so the import's own findings are the answer.
   */
  parserMayRun: boolean;
}

/**
 * What the import checks itself, all at once and each at its place: references to other files
 * or URLs (never fetched), references to nothing, operationIds used twice (all in `document` as
 * written), and references in `validated` (what the parser will validate, `slimForImport` of
 * it) that would expand past `budget` (a few kilobytes of schemas that refer twice to the next
 * expand twofold per level) or nest past `MAX_EXPANDED_DEPTH`. Costs one pass over each, whatever
 * their references expand to.
 */
export function documentProblems(
  document: unknown,
  budget: ImportBudget,
  validated: unknown = document,
): OwnFindings {
  const references = referenceProblems(document);
  const problems: DocumentProblem[] = [...references, ...duplicateOperationIds(document)];
  if (references.length > 0) return { problems, parserMayRun: false };
  const cost = expansionCost(validated);
  if (cost.tooDeep) {
    problems.push({
      message: `Its references nest more than ${String(MAX_EXPANDED_DEPTH)} levels deep once followed${cost.tooDeep.ref ? ` ("${cost.tooDeep.ref}" here goes past that)` : ''}; the import reads documents whose references nest less`,
      pointer: cost.tooDeep.pointer,
    });
    return { problems, parserMayRun: false };
  }
  if (cost.nodes > budget.expandedNodes) {
    const worst = cost.largest;
    problems.push({
      message: `The document's references expand to about ${cost.nodes.toLocaleString('en')} nodes, more than the ${budget.expandedNodes.toLocaleString('en')} an import reads${worst ? `; "${worst.ref}" alone expands to ${worst.nodes.toLocaleString('en')} (schemas that refer to the next several times, level after level)` : ''}`,
      ...(worst ? { pointer: worst.pointer } : {}),
    });
    return { problems, parserMayRun: false };
  }
  return { problems, parserMayRun: true };
}

function referenceProblems(document: unknown): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value !== 'object' || value === null) return;
    const ref = refOf(value);
    if (ref !== undefined) {
      const target = localRefPath(ref);
      const pointer = toPointer([...path, '$ref']);
      if (target === undefined) {
        problems.push({
          message: `Reference to another file or URL ("${ref}"), which the import does not fetch: bundle the document into one with internal references (#/components/…) first`,
          pointer,
        });
      } else if (valueAt(document, target) === undefined) {
        problems.push({
          message: `Reference to nothing: "${ref}" names no part of this document`,
          pointer,
        });
      }
    }
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    for (const [key, child] of entries) {
      path.push(key);
      walk(child, path);
      path.pop();
    }
  };
  walk(document, []);
  return problems;
}

/** Every operationId after its first use, pointed at where it is used again. */
function duplicateOperationIds(document: unknown): DocumentProblem[] {
  const paths = isRecord(document) && isRecord(document.paths) ? document.paths : {};
  const first = new Map<string, DocumentPath>();
  const problems: DocumentProblem[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const method of OPENAPI_METHODS) {
      const operation = item[method];
      if (!isRecord(operation) || typeof operation.operationId !== 'string') continue;
      const at = ['paths', path, method, 'operationId'];
      const earlier = first.get(operation.operationId);
      if (earlier === undefined) {
        first.set(operation.operationId, at);
      } else {
        problems.push({
          message: `The operationId "${operation.operationId}" is used again (first at ${toPointer(earlier)}); operationIds must be unique`,
          pointer: toPointer(at),
        });
      }
    }
  }
  return problems;
}
