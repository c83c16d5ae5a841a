/** Words that promise quality without saying how anyone would check it. */
const VAGUE_TERMS =
  /\b(?:works?|working|fast|quick(?:ly)?|slow|properly|correctly|good|better|nice|easy|easily|user[- ]friendly|robust|scalable|efficient(?:ly)?|seamless(?:ly)?|reliabl[ey]|smooth(?:ly)?|as expected|appropriate(?:ly)?|performant|responsive|stable|intuitive|handles? errors)\b/i;

/** A number, a percentage or a bound is what makes a statement checkable. */
const MEASURABLE_TERMS =
  /\d|%|\b(?:at most|at least|within|no more than|less than|more than|fewer than|exactly|percent|zero|none|never)\b/i;

/** Whether `statement` contains a number, a percentage or a bound someone could check. */
export function hasMeasurableTerm(statement: string): boolean {
  return MEASURABLE_TERMS.test(statement);
}

/**
 * A success criterion is vague when it is empty, or when it leans on a word like "works" or
 * "fast" and gives no number or bound to check it by.
 */
export function isVagueStatement(statement: string): boolean {
  if (statement.trim() === '') return true;
  return VAGUE_TERMS.test(statement) && !hasMeasurableTerm(statement);
}
