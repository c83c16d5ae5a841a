/** The DOM id of the control that edits the draft value at `path`, so findings can focus it. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}
