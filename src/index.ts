/** The handlers manifest.yml names, and nothing else. */
import { createApp } from './app';
import { forgeRunEnvironment } from './run/run-environment';

// Answers are checked against the contract in Forge's development and staging environments (and
// on the local runtime, which says DEVELOPMENT); production skips the parse for speed, the UI
// parses every answer anyway (docs/ARCHITECTURE.md, "The contract is checked both ways").
const app = createApp(forgeRunEnvironment(), { answers: 'outside-production' });

export const handler = app.handler;
export const runConsumer = app.runConsumer;
export const generateTemplateSubtasks = app.actions.generateTemplateSubtasks;
export const breakDownIssue = app.actions.breakDownIssue;
export const previewBreakdown = app.actions.previewBreakdown;
