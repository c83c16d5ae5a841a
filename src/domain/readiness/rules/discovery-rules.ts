import { cleanLine } from '../../text/clean-text';
import { hasMeasurableTerm } from '../../text/measurable';
import { isBlank, type ReadinessRule, type RuleHit } from '../readiness-rule';

export const featureTitleMissing: ReadinessRule = {
  id: 'feature-title-missing',
  title: 'The feature has a title',
  check: (draft) =>
    isBlank(draft.discovery.featureTitle)
      ? [{ message: 'The feature has no title', path: 'discovery.featureTitle' }]
      : [],
};

/** The "title-only ticket": a name for the work and nothing that says why or what for. */
export const featureTitleOnly: ReadinessRule = {
  id: 'feature-title-only',
  title: 'A titled feature states its problem and its outcome',
  check: (draft) => {
    const { featureTitle, problem, outcome } = draft.discovery;
    if (isBlank(featureTitle)) return [];
    const hits: RuleHit[] = [];
    if (isBlank(problem)) {
      hits.push({
        message: 'The feature has a title but no problem or goal: say why this work exists',
        path: 'discovery.problem',
      });
    }
    if (isBlank(outcome)) {
      hits.push({
        message: 'The feature has a title but no intended outcome: say what will be different',
        path: 'discovery.outcome',
      });
    }
    return hits;
  },
};

export const outcomeNotMeasurable: ReadinessRule = {
  id: 'outcome-not-measurable',
  title: 'The intended outcome is measurable',
  check: (draft) => {
    const { outcome } = draft.discovery;
    return !isBlank(outcome) && !hasMeasurableTerm(outcome)
      ? [
          {
            message: 'The intended outcome has no number or bound to measure it by',
            path: 'discovery.outcome',
          },
        ]
      : [];
  },
};

/** An unfinished example is `blank-example`'s, which always blocks; this one is about none. */
export const scenarioWithoutExample: ReadinessRule = {
  id: 'scenario-without-example',
  title: 'Every user scenario has a concrete example',
  check: (draft) =>
    draft.discovery.scenarios.flatMap((scenario, index) => {
      const name = isBlank(scenario.title) ? `Scenario ${index + 1}` : `"${scenario.title.trim()}"`;
      return scenario.examples.length > 0
        ? []
        : [
            {
              message: `${name} has no complete example (Given/When/Then or text)`,
              path: `discovery.scenarios[${index}].examples`,
            },
          ];
    }),
};

export const openQuestionsWithoutSpike: ReadinessRule = {
  id: 'open-questions-without-spike',
  title: 'Unresolved questions have a spike planned',
  check: (draft) => {
    if (draft.discovery.spike.kind !== 'none') return [];
    return draft.discovery.openQuestions.flatMap((question, index) =>
      question.resolved
        ? []
        : [
            {
              message: `${
                isBlank(question.question)
                  ? `Question ${index + 1}`
                  : `The question "${cleanLine(question.question)}"`
              } is unresolved and no spike is planned to answer it`,
              path: `discovery.openQuestions[${index}].resolved`,
            },
          ],
    );
  },
};
