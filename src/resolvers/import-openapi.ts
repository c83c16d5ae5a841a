import type Resolver from '@forge/resolver';
import { scopingFromOpenApi } from '../domain';
import { AppError } from './app-error';
import { defineResolver } from './define-resolver';
import { OpenApiDocumentError } from '../domain/openapi/openapi-document-error';
import { readOpenApi } from './openapi/read-openapi-document';

/**
 * Seeds Scoping from a pasted OpenAPI document. Nothing is written here: the panel merges the
 * services into the draft it is editing (`mergeImportedServices`, which also keeps ids unique
 * against unsaved services) and the user saves.
 */
export function registerImportOpenApi(resolver: Resolver): void {
  defineResolver(resolver, 'scoping/import-openapi', async ({ document, services: chosen }) => {
    try {
      const { api, convertedFrom } = await readOpenApi(document);
      const { services, warnings, groups } = scopingFromOpenApi(api, [], chosen);
      return {
        services,
        groups,
        warnings,
        title: api.info.title,
        version: api.info.version,
        ...(convertedFrom ? { convertedFrom } : {}),
      };
    } catch (error) {
      if (error instanceof OpenApiDocumentError) {
        throw new AppError('INVALID_INPUT', error.message, { problems: error.problems });
      }
      throw error;
    }
  });
}
