import type { Draft } from '../../../src/domain';

/** One field whose value differs between two versions of a draft. */
export interface DraftDifference {
  /** Where, in words: "Discovery › feature title", "Scoping › service 2 › name". */
  field: string;
  theirs: string;
  mine: string;
}

type Leaves = Map<string, { field: string; value: string }>;

const words = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

function collect(value: unknown, path: string, field: string[], into: Leaves): void {
  if (Array.isArray(value)) {
    // "services" and item 2 read as "service 2", as the form numbers them.
    const list = field.at(-1) ?? '';
    const item = list.endsWith('s') ? list.slice(0, -1) : list;
    value.forEach((entry, index) => {
      const label = `${item} ${String(index + 1)}`.trim();
      collect(entry, `${path}[${String(index)}]`, [...field.slice(0, -1), label], into);
    });
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // Ids and the schema version are bookkeeping a person never typed.
      if (key === 'id' || key === 'schemaVersion') continue;
      collect(item, path === '' ? key : `${path}.${key}`, [...field, words(key)], into);
    }
    return;
  }
  const text =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : '';
  const label = field.join(' › ');
  into.set(path, { field: label.charAt(0).toUpperCase() + label.slice(1), value: text });
}

/**
 * The fields two versions of a draft disagree on, in the order a person reads the form, so
 * someone whose save met another's can see what the other version holds without losing theirs.
 */
export function draftDifferences(theirs: Draft, mine: Draft, limit = 40): DraftDifference[] {
  const a: Leaves = new Map();
  const b: Leaves = new Map();
  collect(theirs, '', [], a);
  collect(mine, '', [], b);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  const differences: DraftDifference[] = [];
  for (const path of paths) {
    const left = a.get(path);
    const right = b.get(path);
    if ((left?.value ?? '') === (right?.value ?? '')) continue;
    differences.push({
      field: (left ?? right)?.field ?? path,
      theirs: left?.value ?? '',
      mine: right?.value ?? '',
    });
    if (differences.length === limit) break;
  }
  return differences;
}
