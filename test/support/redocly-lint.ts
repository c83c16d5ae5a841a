/**
 * Redocly's linter with its `recommended` ruleset: the independent check a backend lead runs
 * before committing a spec. Loaded dynamically (an ES module).
 */
export interface LintProblem {
  rule: string;
  severity: string;
  message: string;
  pointer: string | undefined;
}

export async function redoclyProblems(document: object | string): Promise<LintProblem[]> {
  const { createConfig, lintFromString } = await import('@redocly/openapi-core');
  const config = await createConfig({ extends: ['recommended'] });
  const problems = await lintFromString({
    source: typeof document === 'string' ? document : JSON.stringify(document),
    absoluteRef: '/export.json',
    config,
  });
  return problems.map((p) => ({
    rule: p.ruleId,
    severity: p.severity,
    message: p.message,
    pointer: p.location[0]?.pointer,
  }));
}
