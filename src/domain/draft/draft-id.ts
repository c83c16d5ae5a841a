import { z } from 'zod';
import { DRAFT_LIMITS } from './limits';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A stable, kebab-case id for a part of the draft. Plan local ids are built from these, so
 * renaming a service never changes which Jira issue it maps to.
 */
export const draftIdSchema = z
  .string()
  .max(DRAFT_LIMITS.id)
  .regex(SLUG, 'An id is lower-case letters and digits separated by single hyphens');

/** Turns a human name into a kebab-case id, e.g. "Orders API" → "orders-api". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, DRAFT_LIMITS.id - 4)
    .replace(/-+$/, '');
  return slug === '' ? 'item' : slug;
}

/**
 * A new id for `name` that none of `taken` uses: the slug itself, else the slug with the
 * smallest free numeric suffix ("orders-2"). Used when the UI adds a service, endpoint, ….
 */
export function newId(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugify(name);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
