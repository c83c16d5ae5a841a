export { adfToMarkdown } from './adf-to-markdown';
export { planToCsv, planToJson, planToMarkdown, type PlanExportContext } from './plan-export';
