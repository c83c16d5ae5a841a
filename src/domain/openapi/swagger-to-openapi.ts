import { OpenApiDocumentError } from './openapi-document-error';

/**
 * Swagger 2.0 as OpenAPI 3.0, by Scalar's upgrader (@scalar/openapi-upgrader): maintained with
 * Scalar's API client and references (weekly releases), pure JavaScript with two small
 * dependencies of its own and no I/O, so it runs the same in a Forge function and in the
 * browser. swagger2openapi, the older choice, last released in 2021 and brings a resolver that
 * fetches URLs and a validator of its own. The input is copied: the upgrader edits in place.
 * Loaded only when a Swagger 2.0 document comes (an ES module, imported dynamically).
 */
export async function swaggerToOpenApi(
  document: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const { upgradeFromTwoToThree } = await import('@scalar/openapi-upgrader/2.0-to-3.0');
  let converted: unknown;
  try {
    converted = upgradeFromTwoToThree(structuredClone(document));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new OpenApiDocumentError(
      `This Swagger 2.0 document could not be converted to OpenAPI 3.0: ${reason}.`,
      [{ message: `Not convertible: ${reason}`, pointer: '/swagger' }],
    );
  }
  const result = converted as Record<string, unknown>;
  if (typeof result.openapi !== 'string') {
    throw new OpenApiDocumentError(
      'This Swagger 2.0 document could not be converted to OpenAPI 3.0.',
      [{ message: 'Not convertible', pointer: '/swagger' }],
    );
  }
  return result;
}
