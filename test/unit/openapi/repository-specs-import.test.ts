import {
  checkReadiness,
  DRAFT_LIMITS,
  draftSchema,
  READINESS_RULE_IDS,
  scopingFromOpenApi,
  type ReadinessRuleId,
  type Service,
} from '../../../src/domain';
import { readOpenApi } from '../../../src/resolvers/openapi/read-openapi-document';
import { aDraftWith, builtIn } from '../../support/draft-builders';
import { REPOSITORY_SPECS } from '../../support/openapi-fixtures';

/**
 * Rules about what a failure mode, criterion or name says: a finding of theirs on an imported
 * service would come from the text the import wrote, which must pass the app's own rules. (A
 * status outside the catalog, Jira's 416, is the API's own choice and only a warning.)
 */
const TEXT_RULES: ReadinessRuleId[] = READINESS_RULE_IDS.filter(
  (id) =>
    id === 'failure-status-not-error' ||
    id === 'failure-status-contradicts-condition' ||
    id.startsWith('blank-') ||
    id === 'vague-success-criterion' ||
    id === 'criterion-tied-to-unknown-target' ||
    id === 'duplicate-service-name' ||
    id === 'service-without-name' ||
    id === 'endpoint-without-path',
);

/**
 * Rules about what a document does not say at all (an operation with no parameters gives its
 * service no input, one with no 2xx no success criterion): findings of the team's to fill, not of
 * the import's text.
 */
const ABSENCE_RULES: ReadinessRuleId[] = [
  'service-without-input',
  'service-without-output',
  'service-without-failure-mode',
  'service-without-success-criterion',
];

/** Every service of the document, read `DRAFT_LIMITS.services` at a time as the picker allows. */
async function everyService(text: string) {
  const { api, convertedFrom } = await readOpenApi(text);
  const { groups } = scopingFromOpenApi(api, []);
  const batches: Service[][] = [];
  for (let start = 0; start < groups.length; start += DRAFT_LIMITS.services) {
    const chosen = groups.slice(start, start + DRAFT_LIMITS.services).map((g) => g.name);
    batches.push(scopingFromOpenApi(api, [], chosen).services);
  }
  return { groups, batches, convertedFrom };
}

const template = builtIn('backend-service-breakdown');

describe.each(Object.keys(REPOSITORY_SPECS))('the import of %s', (name) => {
  let read: Awaited<ReturnType<typeof everyService>>;
  beforeAll(async () => {
    read = await everyService((REPOSITORY_SPECS[name] as () => string)());
  });

  it('offers every service of the document, each read when chosen, whatever its place', () => {
    const names = read.batches.flat().map((s) => s.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    // The storage cap may leave a service out of a batch, with a warning; none silently.
    expect(names.length).toBeLessThanOrEqual(read.groups.length);
    expect(read.groups.every((g) => g.operations >= 0)).toBe(true);
  });

  it('writes no failure mode, criterion or name the app’s own readiness rules refuse', () => {
    for (const services of read.batches) {
      const draft = aDraftWith(services);
      expect(draftSchema.safeParse(draft).success).toBe(true);
      const findings = checkReadiness(draft, template).filter((f) =>
        f.path.startsWith('scoping.services'),
      );
      expect(findings.filter((f) => TEXT_RULES.includes(f.ruleId))).toEqual([]);
      expect(
        findings.filter((f) => f.severity === 'blocker' && !ABSENCE_RULES.includes(f.ruleId)),
      ).toEqual([]);
    }
  });
});
