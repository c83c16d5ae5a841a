/** The handlers manifest.yml names, and nothing else. */
import { createApp } from './app';
import { forgeRunEnvironment } from './run';

const app = createApp(forgeRunEnvironment());

export const handler = app.handler;
export const runConsumer = app.runConsumer;
export const generateTemplateSubtasks = app.actions.generateTemplateSubtasks;
export const breakDownIssue = app.actions.breakDownIssue;
export const previewBreakdown = app.actions.previewBreakdown;
export const personalDataReport = app.personalDataReport;
