/**
 * Template files a team keeps in a repository: JSON or YAML, read with one YAML 1.2 parser
 * (JSON is a subset of it), so every problem, of syntax or of the template itself, is reported
 * with its path and the line it is on.
 */
import { isNode, LineCounter, parseDocument, stringify, type Document } from 'yaml';
import { HUMAN_MESSAGES, formatPath, templateSchema, type Template } from '../domain';

export interface FileProblem {
  path: string;
  line?: number;
  message: string;
}

export type ReadTemplateFile =
  { ok: true; template: Template } | { ok: false; problems: FileProblem[] };

const MAX_PROBLEMS = 50;

/** The line of the deepest node on `path` the document has (a missing key points at its parent). */
function lineOf(
  doc: Document,
  counter: LineCounter,
  path: readonly PropertyKey[],
): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const keys = path.slice(0, depth).map((key) => (typeof key === 'number' ? key : String(key)));
    const node: unknown = depth === 0 ? doc.contents : doc.getIn(keys, true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

export function readTemplateFile(text: string): ReadTemplateFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.slice(0, MAX_PROBLEMS).map((error) => ({
        path: '',
        ...(error.linePos ? { line: error.linePos[0].line } : {}),
        message: error.message.split('\n')[0] ?? error.message,
      })),
    };
  }
  let value: unknown;
  try {
    // Aliases are bounded: a few lines of YAML must not expand into gigabytes.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return {
      ok: false,
      problems: [
        { path: '', message: 'The file uses too many YAML aliases (*name) to read safely' },
      ],
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          line: 1,
          message:
            'A template file holds one template: an object with an id, a name, an epic and a service',
        },
      ],
    };
  }
  // A file's version is the exporter's; the import becomes a new version of its own.
  const parsed = templateSchema.safeParse({ ...value, version: 1 }, HUMAN_MESSAGES);
  if (parsed.success) return { ok: true, template: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
      const line = lineOf(doc, counter, issue.path);
      return {
        path: formatPath(issue.path),
        ...(line === undefined ? {} : { line }),
        message: issue.message,
      };
    }),
  };
}

export const templateFileName = (templateId: string, format: 'json' | 'yaml') =>
  `${templateId}.template.${format}`;

/** The template as a file: its own fields, in the schema's order, as JSON or YAML. */
export function writeTemplateFile(template: Template, format: 'json' | 'yaml'): string {
  return format === 'json'
    ? `${JSON.stringify(template, null, 2)}\n`
    : stringify(template, { lineWidth: 0 });
}
