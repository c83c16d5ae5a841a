/** A JQL query Jira would refuse; the message is Jira's, answered as a 400 `errorMessages`. */
export class JqlError extends Error {
  override readonly name = 'JqlError';
}

/** Jira's syntax-error wording, with a 1-based position. */
export function syntaxError(detail: string, position: number): JqlError {
  return new JqlError(`Error in the JQL Query: ${detail} (line 1, character ${position + 1})`);
}
