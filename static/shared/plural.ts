/** "1 endpoint", "2 endpoints": a count with its noun, for every sentence the UI builds. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${String(n)} ${n === 1 ? one : many}`;
}
