import { cleanLine } from './clean-text';

/**
 * Whether text says nothing once it is cleaned for Jira (only spaces, control characters or
 * bidirectional overrides). The planner leaves such text out and readiness reports it, so
 * both ask this one question.
 */
export const isBlankText = (text: string): boolean => cleanLine(text) === '';
