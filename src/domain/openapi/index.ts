export {
  OPENAPI_DOCUMENT_MAX_BYTES,
  OPENAPI_METHODS,
  OPENAPI_SEND_WHOLE_MAX_BYTES,
} from './openapi-document';
export type * from './openapi-document';
export {
  draftBytesWithoutServices,
  mergeImportedServices,
  type ServiceMerge,
  type ServiceUpdate,
} from './merge-imported-services';
export { scopingFromOpenApi, type ScopingImport } from './scoping-from-openapi';
export { expansionCost, MAX_EXPANDED_DEPTH, type ExpansionCost } from './expansion-cost';
export { MAX_NESTING_DEPTH, tooDeepPath } from './nesting-depth';
export { fromPointer, localRefPath, toPointer, type DocumentPath } from './json-pointer';
export { plainText, firstSentence } from './plain-text';
export {
  IMPORT_BUDGET,
  documentProblems,
  isSwagger2,
  versionProblem,
  type DocumentProblem,
  type ImportBudget,
  type OwnFindings,
} from './document-problems';
export { stripExtensions } from './strip-extensions';
export { isRecord, valueAt } from './json-pointer';
export { endpointOpenApiFragment, openApiFromDraft } from './openapi-from-draft';
export { slimForImport } from './slim-for-import';
