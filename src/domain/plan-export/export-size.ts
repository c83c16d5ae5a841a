/** A plan export over the size limit: why, and which other formats would fit. */
export interface ExportTooLarge {
  message: string;
  bytes: number;
  maxBytes: number;
  fittingFormats: string[];
}

const mebibytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * Whether a plan export of `bytes` in the format labelled `label` is refused under `maxBytes`,
 * and what to do instead: `others` (worked out only when it is refused) gives the size each
 * other format would have, by label.
 */
export function exportTooLarge(
  label: string,
  bytes: number,
  maxBytes: number,
  others: () => { label: string; bytes: number }[],
): ExportTooLarge | undefined {
  if (bytes <= maxBytes) return undefined;
  const fittingFormats = others()
    .filter((other) => other.bytes <= maxBytes)
    .map((other) => other.label);
  const instead =
    fittingFormats.length > 0
      ? `Export it as ${fittingFormats.join(' or ')}, which fits, or leave items out of the breakdown.`
      : 'Leave items out of the breakdown, or split the work over several drafts.';
  return {
    message: `The plan as ${label} would be ${mebibytes(bytes)}; an export holds at most ${mebibytes(maxBytes)}. ${instead}`,
    bytes,
    maxBytes,
    fittingFormats,
  };
}
