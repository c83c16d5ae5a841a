import {
  DRAFT_LIMITS,
  HUMAN_MESSAGES,
  draftSchema,
  templateSchema,
  validateTemplate,
  type Draft,
} from '../../../src/domain';
import { validateDraft } from '../../../static/panel/draft/draft-problems';
import { aDraft, builtIn } from '../../support/draft-builders';
import { rawSchemaText } from '../../support/raw-schema-text';

type Path = (string | number)[];

/** Every leaf of a JSON value, with its path. */
function leaves(value: unknown, path: Path = []): [Path, unknown][] {
  if (Array.isArray(value)) {
    return [[path, value], ...value.flatMap((entry, i) => leaves(entry, [...path, i]))];
  }
  if (typeof value === 'object' && value !== null) {
    return [
      [path, value],
      ...Object.entries(value).flatMap(([key, entry]) => leaves(entry, [...path, key])),
    ];
  }
  return [[path, value]];
}

function setAt<T>(root: T, path: Path, value: unknown): T {
  const copy = structuredClone(root);
  let at: Record<string | number, unknown> = copy as Record<string | number, unknown>;
  path.slice(0, -1).forEach((key) => {
    at = at[key] as Record<string | number, unknown>;
  });
  at[path[path.length - 1]!] = value;
  return copy;
}

/** Values that break whatever constraint a leaf of this kind has. */
function invalidValuesFor(value: unknown): unknown[] {
  if (typeof value === 'string') return ['x'.repeat(5000), 42, null, 'Not an id!', ''];
  if (typeof value === 'number') return [Number.NaN, -1, 0, 0.3, 1e9, 200, 'two'];
  if (typeof value === 'boolean') return ['yes', null];
  if (Array.isArray(value)) {
    const first: unknown = value[0] ?? {};
    return ['not a list', Array.from({ length: 120 }, () => first), []];
  }
  if (typeof value === 'object' && value !== null) return [[], 'not an object', {}];
  return [];
}

/** A draft with a spike (so the timebox is there to break) and everything else filled in. */
const base: Draft = aDraft({
  spike: { kind: 'prototype', timeboxDays: 2, goal: 'Pick a provider' },
});

/** Every draft that one invalid value at one place of the realistic draft makes. */
const invalidDrafts: [string, unknown][] = leaves(base)
  .filter(([path]) => path.length > 0)
  .flatMap(([path, value]) =>
    invalidValuesFor(value).map((bad): [string, unknown] => [
      `${path.join('.')} = ${JSON.stringify(bad).slice(0, 20)}`,
      setAt(base, path, bad),
    ]),
  )
  .filter(([, draft]) => !draftSchema.safeParse(draft).success);

describe('validation messages people read', () => {
  it('break the draft in many places (the generator is not empty)', () => {
    expect(invalidDrafts.length).toBeGreaterThan(500);
  });

  it('never show raw schema text, for an invalid value at any field of the draft', () => {
    const raw = invalidDrafts.flatMap(([what, draft]) =>
      rawSchemaText(validateDraft(draft as Draft).map((p) => p.message)).map(
        (r) => `${what}: ${r}`,
      ),
    );
    expect(raw).toEqual([]);
  });

  it('without them, zod would have shown raw text (the check can fail)', () => {
    const messages = invalidDrafts.flatMap(([, draft]) => {
      const parsed = draftSchema.safeParse(draft);
      return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
    });
    expect(rawSchemaText(messages).length).toBeGreaterThan(100);
  });

  it('point at the field and say the limit in its own unit', () => {
    const long = setAt(base, ['scoping', 'services', 0, 'name'], 'x'.repeat(DRAFT_LIMITS.name + 1));
    expect(validateDraft(long)).toEqual([
      {
        path: 'scoping.services[0].name',
        message: `At most ${String(DRAFT_LIMITS.name)} characters`,
      },
    ]);
    const many = setAt(
      base,
      ['discovery', 'stakeholders'],
      Array.from({ length: DRAFT_LIMITS.stakeholders + 1 }, (_, i) => ({
        id: `p${String(i)}`,
        name: 'P',
        role: 'qa',
      })),
    );
    expect(validateDraft(many)).toEqual([
      {
        path: 'discovery.stakeholders',
        message: `At most ${String(DRAFT_LIMITS.stakeholders)} stakeholders`,
      },
    ]);
  });

  it.each([
    [21, 'At most 20 days'],
    [0.3, 'Whole or half days only, e.g. 1.5'],
    [0, 'A spike needs a timebox of at least half a day'],
    [Number.NaN, 'Enter the timebox in days, e.g. 2 or 1.5'],
  ])('count the spike timebox in days, as its label does (%p)', (days, message) => {
    const draft = setAt(base, ['discovery', 'spike', 'timeboxDays'], days);
    expect(validateDraft(draft)).toEqual([{ path: 'discovery.spike.timeboxDays', message }]);
  });

  it('read the same for templates', () => {
    const template = {
      ...builtIn('backend-service-breakdown'),
      name: '',
      labels: ['x'.repeat(300)],
    };
    const result = validateTemplate(template);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map((p) => p.message);
    expect(messages).toEqual(['Cannot be empty', 'At most 255 characters']);
    expect(rawSchemaText(messages)).toEqual([]);
    expect(templateSchema.safeParse(template, HUMAN_MESSAGES).success).toBe(false);
  });
});
