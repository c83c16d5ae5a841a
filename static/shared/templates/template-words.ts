const PLACE_WORDS: Record<string, string> = {
  name: 'Name',
  description: 'Description',
  labels: 'Labels',
  components: 'Components',
  epic: 'Epic',
  service: 'Service issue',
  readiness: 'Readiness rules',
  issueTypeIds: 'Issue types',
};

/**
 * Where a problem is, as the editor names it ("Item “Contract”", "Epic"), never a data path.
 * Falls back to the template as a whole.
 */
export function problemPlace(
  template: { serviceItems: { name: string }[]; extras: { name: string }[] },
  path: string,
): string {
  const item = /^serviceItems\[(\d+)\]/.exec(path);
  if (item) return `Item “${template.serviceItems[Number(item[1])]?.name ?? Number(item[1]) + 1}”`;
  const extra = /^extras\[(\d+)\]/.exec(path);
  if (extra) return `Extra “${template.extras[Number(extra[1])]?.name ?? Number(extra[1]) + 1}”`;
  const head = /^[a-zA-Z]+/.exec(path)?.[0] ?? '';
  return PLACE_WORDS[head] ?? 'Template';
}

/** A template id made from its name ("Ventas breakdown" → ventas-breakdown), unlike every taken one. */
export function idFromName(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'template';
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}
