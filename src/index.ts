/**
 * The handlers manifest.yml names, and nothing else. The app environment is built once, here,
 * when Forge loads the module; every handler takes what it needs from it.
 */
import { createApp } from './app';
import { appEnvironment } from './app-environment';

// Answers are checked against the contract in Forge's development and staging environments (and
// on the local runtime, which says DEVELOPMENT); production skips the parse for speed, the UI
// parses every answer anyway (docs/ARCHITECTURE.md, "The contract is checked both ways").
const app = createApp(appEnvironment(), { answers: 'outside-production' });

export const handler = app.handler;
export const runConsumer = app.runConsumer;
export const generateTemplateSubtasks = app.actions.generateTemplateSubtasks;
export const breakDownIssue = app.actions.breakDownIssue;
export const previewBreakdown = app.actions.previewBreakdown;
export const personalDataReport = app.personalDataReport;
