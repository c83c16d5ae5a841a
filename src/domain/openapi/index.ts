export type * from './openapi-document';
export { nameComponentSchemas } from './name-component-schemas';
export { scopingFromOpenApi, type ScopingImport } from './scoping-from-openapi';
