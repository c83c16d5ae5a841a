/**
 * Executor benchmark (not a test): for plans of 10, 50, 200 and 500 issues, with 100 ms of
 * simulated latency on every Jira request, prints requests and wall time of
 *   - this executor (`startRun`, inline, through the real @forge/api and the local runtime),
 *   - a naive baseline measured in the same run: one `POST /issue` per item and one
 *     `POST /issueLink` per link, sequential,
 *   - the lower bound: hierarchy levels × bulk chunks on the critical path × latency, with the
 *     executor's concurrency (chunks of one level run side by side),
 * and the ratios against the targets (≥ 20× fewer requests than naive at 200 issues; wall time
 * within 1.5× of the lower bound).
 *
 *   npx tsx bench/executor.bench.ts
 */
import api, { route } from '@forge/api';
import { BULK_CREATE_MAX } from '../src/domain';
import type { Plan } from '../src/domain/plan';
import { appEnvironment } from '../src/app-environment';
import { PLAN_PROPERTY_KEY, startRun, type RunEnvironment } from '../src/run';
import { aPlan, type PlanShape } from '../test/support/plan-builders';
import { startLocalForge, type LocalForge } from '../test/support/local-forge';

const LATENCY_MS = 100;
const MEMBER = '5b10a2844c20165700ede21b';

/** Realistic shapes: services with four sub-tasks each, chained by blocks links, plus spikes. */
const SHAPES: { size: number; shape: PlanShape; context?: true }[] = [
  { size: 10, shape: { services: 3, itemsPerService: 2, links: 2 } },
  { size: 50, shape: { services: 9, itemsPerService: 4, extraItems: 4, links: 8 } },
  { size: 200, shape: { services: 39, itemsPerService: 4, extraItems: 4, links: 38 } },
  { size: 500, shape: { services: 99, itemsPerService: 4, extraItems: 4, links: 98 } },
  // Context, not a target: the 200-issue plan without links between services.
  {
    size: 200,
    shape: { services: 39, itemsPerService: 4, extraItems: 4, links: 0 },
    context: true,
  },
];

interface Measured {
  requests: number;
  ms: number;
}

function totalRequests(forge: LocalForge): number {
  return Object.values(forge.emulator.counts()).reduce((a, b) => a + b, 0);
}

function resetJira(forge: LocalForge): void {
  forge.emulator.reset();
  forge.emulator.addFault({ latencyMs: LATENCY_MS });
}

/** The benchmark measures the executor itself, so runs stay inline however long they take. */
const ENV: RunEnvironment = appEnvironment({
  runMode: 'inline',
  inlineBudgetMs: 10 * 60_000,
  invocationRemainingMs: () => undefined,
});

async function measureExecutor(
  forge: LocalForge,
  plan: Plan,
): Promise<Measured & { rounds: number }> {
  resetJira(forge);
  const started = performance.now();
  const run = await forge.runAs('member', () =>
    startRun(ENV, { plan, accountId: MEMBER, projectId: plan.projectId }),
  );
  const ms = performance.now() - started;
  if (run.status !== 'succeeded' || run.counts.created !== plan.items.length) {
    throw new Error(`executor run ended ${run.status}: ${JSON.stringify(run.counts)}`);
  }
  return { requests: totalRequests(forge), ms, rounds: run.schedule?.rounds ?? 0 };
}

/** What a script would do: one request per issue and per link, one after another. */
async function measureNaive(forge: LocalForge, plan: Plan): Promise<Measured> {
  resetJira(forge);
  const started = performance.now();
  await forge.runAs('member', async () => {
    const keys = new Map<string, string>();
    const post = async (path: ReturnType<typeof route>, body: unknown) => {
      const response = await api.asUser().requestJira(path, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok)
        throw new Error(`${path.value} → ${response.status}: ${await response.text()}`);
      return response.status === 201 && path.value.endsWith('/issue')
        ? ((await response.json()) as { key: string })
        : undefined;
    };
    for (const item of plan.items) {
      const fields: Record<string, unknown> = {
        project: { id: plan.projectId },
        issuetype: { id: item.issueTypeId },
        summary: item.fields.summary,
        description: item.fields.description,
        labels: item.fields.labels,
      };
      if (item.parent?.kind === 'item') fields.parent = { key: keys.get(item.parent.localId) };
      const created = await post(route`/rest/api/3/issue`, {
        fields,
        properties: [
          {
            key: PLAN_PROPERTY_KEY,
            value: {
              planId: plan.planId,
              localId: item.localId,
              runId: 'naive',
              templateVersion: 1,
            },
          },
        ],
      });
      keys.set(item.localId, created!.key);
    }
    for (const link of plan.links) {
      const key = (end: Plan['links'][number]['from']) =>
        end.kind === 'item' ? keys.get(end.localId) : end.key;
      await post(route`/rest/api/3/issueLink`, {
        type: { name: 'Blocks' },
        inwardIssue: { key: key(link.from) },
        outwardIssue: { key: key(link.to) },
      });
    }
  });
  return { requests: totalRequests(forge), ms: performance.now() - started };
}

/** Levels one after another; within a level, ⌈chunks / concurrency⌉ rounds of bulk creates. */
function lowerBoundMs(plan: Plan, concurrency: number): number {
  const rounds = Object.values(plan.estimate.issuesPerLevel)
    .filter((n) => n > 0)
    .reduce((sum, n) => sum + Math.ceil(Math.ceil(n / BULK_CREATE_MAX) / concurrency), 0);
  return rounds * LATENCY_MS;
}

function linkTag(shape: PlanShape): string {
  return `${shape.links ?? 0}l`;
}

async function main(): Promise<void> {
  const forge = await startLocalForge({ emulator: { logTo: () => undefined } });
  const concurrency = ENV.concurrency;
  // One unmeasured run first, so compiling the spec validators and JIT warm-up are not measured.
  await measureExecutor(
    forge,
    aPlan({ services: 2, itemsPerService: 1, links: 1, planId: 'bench-warm-up' }),
  );
  const rows: string[] = [];
  const verdicts: string[] = [];
  try {
    for (const { size, shape, context } of SHAPES) {
      const plan = aPlan({ ...shape, planId: `bench-${size}-${linkTag(shape)}-executor` });
      if (plan.items.length !== size)
        throw new Error(`shape for ${size} gives ${plan.items.length} issues`);
      const executor = await measureExecutor(forge, plan);
      const naive = await measureNaive(
        forge,
        aPlan({ ...shape, planId: `bench-${size}-${linkTag(shape)}-naive` }),
      );
      const bound = lowerBoundMs(plan, concurrency);
      const fewer = naive.requests / executor.requests;
      const overBound = executor.ms / bound;
      rows.push(
        [
          `${context ? '*' : ''}${size}`.padStart(5),
          String(plan.links.length).padStart(5),
          String(executor.requests).padStart(9),
          `${Math.round(executor.ms)} ms`.padStart(10),
          String(naive.requests).padStart(7),
          `${Math.round(naive.ms)} ms`.padStart(10),
          `${bound} ms`.padStart(8),
          `${executor.rounds + 1} / ${bound / LATENCY_MS}`.padStart(7),
          `${fewer.toFixed(1)}×`.padStart(8),
          `${overBound.toFixed(2)}×`.padStart(8),
        ].join(' │ '),
      );
      if (context) continue;
      if (size === 200)
        verdicts.push(
          `requests at 200 issues: ${fewer.toFixed(1)}× fewer than naive (target ≥ 20×) — ${fewer >= 20 ? 'met' : 'MISSED'}`,
        );
      verdicts.push(
        `wall time at ${size} issues: ${overBound.toFixed(2)}× the lower bound (target ≤ 1.5×) — ${overBound <= 1.5 ? 'met' : 'MISSED'}`,
      );
    }
  } finally {
    await forge.stop();
  }
  process.stdout.write(
    `Executor benchmark — ${LATENCY_MS} ms per Jira request, concurrency ${concurrency}, node ${process.version}\n\n` +
      ' size │ links │ executor │  executor │  naive │     naive │    bound │  rounds │    fewer │ vs bound\n' +
      '      │       │ requests │      wall │   reqs │      wall │          │ ex / lb │ requests │\n' +
      `${rows.join('\n')}\n  * context row: the 200-issue plan without links between services\n\n${verdicts.join('\n')}\n`,
  );
}

void main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
