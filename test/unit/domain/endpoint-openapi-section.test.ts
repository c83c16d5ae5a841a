import { buildPlan, type AdfNode } from '../../../src/domain';
import { validateAdf } from '../../support/adf-validator';
import { aDraft, builtIn, SHOP_ISSUE_TYPES, withoutBlockers } from '../../support/draft-builders';

/** The JSON of the item's "Contract (OpenAPI)" code block, if it has one. */
function contractOf(content: readonly AdfNode[]): Record<string, any> | undefined {
  const block = content.find(
    (node) =>
      node.type === 'codeBlock' && (node.attrs as { language?: string }).language === 'json',
  );
  const text = (block?.content as { text: string }[] | undefined)?.[0]?.text;
  return text === undefined ? undefined : (JSON.parse(text) as Record<string, any>);
}

describe('an endpoint ticket carries its OpenAPI fragment', () => {
  const result = buildPlan(
    aDraft(),
    withoutBlockers(builtIn('endpoint-per-subtask')),
    SHOP_ISSUE_TYPES,
    {
      planId: 'plan-1',
      projectId: '10000',
    },
  );
  if (!result.ok) throw new Error(result.error.message);
  const endpointItems = result.plan.items.filter(
    (i) => i.source.kind === 'service-item' && i.source.endpointId !== undefined,
  );

  it('as a JSON code block with its method, path and a response per failure mode', () => {
    expect(endpointItems.length).toBeGreaterThan(0);
    const draft = aDraft();
    for (const item of endpointItems) {
      const source = item.source as { serviceId: string; endpointId: string };
      const service = draft.scoping.services.find((s) => s.id === source.serviceId)!;
      const endpoint = service.endpoints.find((e) => e.id === source.endpointId)!;
      const fragment = contractOf(item.fields.description.content);
      const operation = fragment?.paths?.[endpoint.path]?.[endpoint.method.toLowerCase()];
      expect(operation).toBeDefined();
      for (const failure of service.failureModes)
        expect(Object.keys(operation.responses)).toContain(String(failure.status));
    }
  });

  it('with the component schemas its $refs name, so the ticket stands on its own', () => {
    for (const item of endpointItems) {
      const fragment = contractOf(item.fields.description.content)!;
      const refs = [
        ...JSON.stringify(fragment).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g),
      ];
      expect(refs.length).toBeGreaterThan(0);
      for (const [, name] of refs) expect(fragment.components?.schemas?.[name!]).toBeDefined();
    }
  });

  it('in a description Jira accepts', () => {
    for (const item of endpointItems) expect(validateAdf(item.fields.description)).toEqual([]);
  });
});
