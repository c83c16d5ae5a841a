/** A moment as the panel shows it: "29 Nov 2026 14:02" in the person's locale. */
export function formatWhen(at: number): string {
  const date = new Date(at);
  const day = date.toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const time = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return `${day} ${time}`;
}
