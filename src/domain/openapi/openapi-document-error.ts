import type { DocumentProblem } from '../index';

export type { DocumentProblem };

/** The pasted OpenAPI document cannot be imported; `problems` say what and where. */
export class OpenApiDocumentError extends Error {
  override readonly name = 'OpenApiDocumentError';
  constructor(
    message: string,
    readonly problems: DocumentProblem[] = [],
  ) {
    super(message);
  }
}
