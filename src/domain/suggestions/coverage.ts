import type { FailSafeKind, Service } from '../draft/scoping-schema';

const mentions = (text: string, word: string) =>
  word.trim() !== '' && text.toLowerCase().includes(word.trim().toLowerCase());

/**
 * Whether the service already has a failure mode with one of `statuses`, about `about` when
 * given (its condition mentions it), or with the id the suggestion would add: then the
 * suggestion is answered and is not offered.
 */
export function hasFailureMode(
  service: Service,
  statuses: readonly number[],
  options: { about?: string; id?: string } = {},
): boolean {
  return service.failureModes.some(
    (mode) =>
      mode.id === options.id ||
      (statuses.includes(mode.status) &&
        (options.about === undefined || mentions(mode.condition, options.about))),
  );
}

/**
 * Whether the service has a fail-safe of `kind` for `about` (its note names it). When the
 * fail-safe concerns the service's only subject of that sort, any fail-safe of the kind counts.
 */
export function hasFailSafe(
  service: Service,
  kind: FailSafeKind,
  options: { about?: string; onlyOne?: boolean; id?: string } = {},
): boolean {
  return service.failSafes.some(
    (safe) =>
      safe.id === options.id ||
      (safe.kind === kind &&
        (options.about === undefined ||
          options.onlyOne === true ||
          mentions(safe.note, options.about))),
  );
}
