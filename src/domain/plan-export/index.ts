export { adfToMarkdown } from './adf-to-markdown';
export {
  PLAN_EXPORT_MAX_BYTES,
  planToCsv,
  planToJson,
  planToMarkdown,
  type PlanExportContext,
} from './plan-export';
export { exportTooLarge, type ExportTooLarge } from './export-size';
