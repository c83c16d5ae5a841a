import type Resolver from '@forge/resolver';
import { scopingFromOpenApi } from '../domain';
import { AppError } from './app-error';
import { defineResolver } from './define-resolver';
import { OpenApiDocumentError } from './openapi/openapi-document-error';
import { readOpenApiDocument } from './openapi/read-openapi-document';

/**
 * Seeds Scoping from a pasted OpenAPI document. Nothing is written here: the panel merges the
 * services into the draft it is editing (`mergeImportedServices`, which also keeps ids unique
 * against unsaved services) and the user saves.
 */
export function registerImportOpenApi(resolver: Resolver): void {
  defineResolver(resolver, 'scoping/import-openapi', async ({ document }) => {
    try {
      const api = await readOpenApiDocument(document);
      const { services, warnings } = scopingFromOpenApi(api, []);
      return { services, warnings, title: api.info.title, version: api.info.version };
    } catch (error) {
      if (error instanceof OpenApiDocumentError) {
        throw new AppError('INVALID_INPUT', error.message, { problems: error.problems });
      }
      throw error;
    }
  });
}
