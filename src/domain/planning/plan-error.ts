/** Why `buildPlan` could not produce a plan; the UI branches on `code`. */
export type BuildPlanErrorCode =
  /** A readiness rule the template makes blocking has findings. */
  | 'not-ready'
  /** The project has no issue type at a hierarchy level the plan needs. */
  | 'missing-issue-type'
  /** The template names an issue type the project lacks, or one at the wrong level. */
  | 'unknown-issue-type';

export interface BuildPlanError {
  code: BuildPlanErrorCode;
  message: string;
}
