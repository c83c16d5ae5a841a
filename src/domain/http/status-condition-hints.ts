/**
 * Words in a failure mode's condition that imply which statuses fit it. A condition that
 * matches some hints but whose status fits none of them contradicts itself ("not found" → 400).
 */
interface ConditionHint {
  pattern: RegExp;
  statuses: readonly number[];
}

const HINTS: readonly ConditionHint[] = [
  {
    pattern: /\bnot found\b|\bdoes(?: not|n't) exist\b|\bno such\b|\bunknown (?:id|resource)\b/,
    statuses: [404, 410],
  },
  {
    pattern: /\balready exists?\b|\bduplicate\b|\bconflict|\bversion mismatch\b|\bstale\b/,
    statuses: [409, 412],
  },
  {
    // Any sentence about credentials may be a 401 ("no credentials, or invalid ones"): the
    // generic "invalid" below must not make it read as a 400 only.
    pattern:
      /\bunauthori[sz]ed\b|\bnot authenticated\b|\bunauthenticated\b|\b(?:missing|invalid|expired) (?:token|api key)\b|\bcredentials?\b/,
    statuses: [401],
  },
  {
    pattern:
      /\bforbidden\b|\bnot allowed\b|\bno permission\b|\bpermission denied\b|\binsufficient permissions?\b|\black(?:s|ing)? (?:the |a )?(?:scope|permission)/,
    statuses: [403, 404],
  },
  { pattern: /\brate[- ]limit|\btoo many requests\b|\bquota\b/, statuses: [429] },
  { pattern: /\btime(?:d)?[- ]?out\b|\btimes out\b/, statuses: [408, 503, 504] },
  {
    pattern: /\bunavailable\b|\bis down\b|\bmaintenance\b|\boverloaded\b/,
    statuses: [502, 503, 504],
  },
  { pattern: /\btoo large\b|\btoo big\b|\bpayload size\b/, statuses: [413] },
  { pattern: /\bunsupported media type\b|\bwrong content[- ]type\b/, statuses: [415] },
  {
    pattern: /\binvalid\b|\bmalformed\b|\bfails? validation\b|\bmissing (?:field|parameter)\b/,
    statuses: [400, 422],
  },
];

/**
 * The statuses the wording of `condition` allows, or null when the wording implies none
 * (then any error status is plausible).
 */
export function statusesImpliedBy(condition: string): ReadonlySet<number> | null {
  // A path is a name, not wording: "POST /plans/{id}/duplicate: …" says nothing of a conflict.
  const text = condition.toLowerCase().replace(/(^|\s)\/\S*/g, '$1');
  const allowed = new Set<number>();
  for (const hint of HINTS) {
    if (hint.pattern.test(text)) hint.statuses.forEach((status) => allowed.add(status));
  }
  return allowed.size === 0 ? null : allowed;
}
