/**
 * The handlers manifest.yml names, and nothing else. The app environment is built once, here,
 * when Forge loads the module; every handler takes what it needs from it.
 */
import { createApp } from './app';
import { appEnvironment } from './app-environment';

const app = createApp(appEnvironment());

export const handler = app.handler;
export const runConsumer = app.runConsumer;
export const generateTemplateSubtasks = app.actions.generateTemplateSubtasks;
export const breakDownIssue = app.actions.breakDownIssue;
export const previewBreakdown = app.actions.previewBreakdown;
export const personalDataReport = app.personalDataReport;
