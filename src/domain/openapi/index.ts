export { OPENAPI_DOCUMENT_MAX_BYTES, OPENAPI_METHODS } from './openapi-document';
export type * from './openapi-document';
export { mergeImportedServices, type ServiceMerge } from './merge-imported-services';
export { nameComponentSchemas } from './name-component-schemas';
export { scopingFromOpenApi, type ScopingImport } from './scoping-from-openapi';
