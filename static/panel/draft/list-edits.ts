/** Immutable list edits the forms share: every edit returns a new array, so React sees the change. */
export function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((entry, i) => (i === index ? value : entry));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** The ids already used in a list, for `newId` to avoid. */
export const idsOf = (list: readonly { id: string }[]): string[] => list.map((entry) => entry.id);
