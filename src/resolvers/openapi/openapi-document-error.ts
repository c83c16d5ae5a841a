/** One thing wrong with a pasted document, located where the parser could say. */
export interface DocumentProblem {
  message: string;
  /** Where in the document, e.g. `paths./pets.get.responses`, when known. */
  path?: string;
  /** 1-based line in the text the user gave, when known. */
  line?: number;
}

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
