/** The Jira permission that lets a person change an issue's breakdown draft, as it lets them edit the issue. */
export const DRAFT_EDIT_PERMISSION = 'EDIT_ISSUES';
