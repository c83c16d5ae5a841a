/**
 * How long the suggestion rules take on the largest draft the limits allow: 25 services of 30
 * endpoints each. The panel runs them for the expanded service on every edit, the resolver for
 * all services at once. Prints figures; asserts nothing.
 */
import { suggest } from '../src/domain';
import { aLargeDraft } from '../test/support/draft-builders';

const draft = aLargeDraft(25, { endpointsPerService: 30 });
for (const service of draft.scoping.services) {
  // Paths that name a resource, so the 404 and body rules fire too.
  service.endpoints = service.endpoints.map((endpoint, i) => ({
    ...endpoint,
    path: `/things/{thingId}/parts/${String(i)}`,
  }));
}

function timeIt(runs: number, run: () => unknown): number {
  run();
  const start = performance.now();
  for (let i = 0; i < runs; i++) run();
  return (performance.now() - start) / runs;
}

const count = suggest(draft).length;
const all = timeIt(50, () => suggest(draft));
const one = timeIt(500, () => suggest(draft, 'service-13'));
console.log(`Suggestions benchmark — node ${process.version}`);
console.log(
  `draft: 25 services × 30 endpoints, ${String(Math.round(JSON.stringify(draft).length / 1024))} KiB, ${String(count)} suggestions`,
);
console.log(`all services (scoping/suggest): ${all.toFixed(2)} ms per run`);
console.log(`one service (the panel, per edit): ${one.toFixed(3)} ms per run`);
