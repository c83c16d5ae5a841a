/**
 * Epic fan-out benchmark (not a test): an epic with 100 and 1,000 children, 3 sub-task items
 * each, with 100 ms of latency on every Jira request. For `epic/preview` and `epic/apply`
 * (through the resolvers, the real @forge/api and the local runtime; the run inline) it prints
 * the Jira requests by endpoint and the wall time, and compares the requests with one call per
 * sub-task (target: ≥ 40× fewer at 1,000 children, ≥ 45× for margin).
 *
 *   npx tsx bench/epic-fan-out.bench.ts
 */
import type { EpicPreview, Envelope } from '../src/contract';
import { createResolverDefinitions } from '../src/resolvers';
import { appEnvironment, type AppEnvironment } from '../src/app-environment';
import type { RunView } from '../src/run';
import { SEED_USERS } from '../dev/emulator/seed';
import { startLocalForge, type LocalForge } from '../test/support/local-forge';

const LATENCY_MS = 100;
const ITEMS = 3;
const SIZES = [100, 1_000];

/**
 * The site's and the app's clock, moved on after the children are made: a team's stories exist
 * well before anyone fans out over them (the apply's check for changes since the preview looks
 * back minutes, so children made a second earlier would always count as changed).
 */
let clockOffsetMs = 0;
const now = () => Date.now() + clockOffsetMs;

const ENV: AppEnvironment = appEnvironment({
  now,
  runMode: 'inline',
  inlineBudgetMs: 10 * 60_000,
  invocationRemainingMs: () => undefined,
});

async function createIssues(
  forge: LocalForge,
  issueUpdates: unknown[],
): Promise<{ key: string; id: string }[]> {
  const out: { key: string; id: string }[] = [];
  for (let i = 0; i < issueUpdates.length; i += 50) {
    const response = await fetch(`${forge.jira.baseUrl}/rest/api/3/issue/bulk`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-emulator-account-id': SEED_USERS.admin.accountId,
      },
      body: JSON.stringify({ issueUpdates: issueUpdates.slice(i, i + 50) }),
    });
    if (response.status !== 201) throw new Error(`seeding answered ${response.status}`);
    out.push(...((await response.json()) as { issues: { key: string; id: string }[] }).issues);
  }
  return out;
}

async function anEpic(forge: LocalForge, children: number): Promise<{ id: string; key: string }> {
  const [epic] = await createIssues(forge, [
    { fields: { project: { id: '10000' }, issuetype: { id: '10000' }, summary: 'Platform' } },
  ]);
  await createIssues(
    forge,
    Array.from({ length: children }, (_, n) => ({
      fields: {
        project: { id: '10000' },
        issuetype: { id: '10001' },
        summary: `Service ${n + 1}`,
        parent: { key: epic!.key },
      },
    })),
  );
  return epic!;
}

async function invoke<T>(
  forge: LocalForge,
  epic: { id: string; key: string },
  key: string,
): Promise<T> {
  const accountId = SEED_USERS.member.accountId;
  const answer = (await forge.runAs('member', () =>
    // As production builds it: answers are not re-parsed on the way out.
    createResolverDefinitions(ENV, 'never')(
      {
        call: { functionKey: key, payload: { templateId: 'backend-service-breakdown' } },
        context: {
          accountId,
          extension: {
            type: 'jira:issueAction',
            issue: epic,
            project: { id: '10000', key: 'SHOP' },
          },
        },
      },
      { principal: { accountId } },
    ),
  )) as Envelope<T>;
  if (!answer.ok) throw new Error(`${key}: ${answer.error.message}`);
  return answer.data;
}

async function measure<T>(forge: LocalForge, work: () => Promise<T>) {
  forge.emulator.clearLog();
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  const counts = forge.emulator.counts();
  const requests = Object.values(counts).reduce((a, b) => a + b, 0);
  return { result, ms, requests, counts };
}

const short = (endpoint: string) =>
  endpoint
    .replace('/rest/api/3/', '')
    .replace('issue/createmeta/{projectIdOrKey}/issuetypes', 'createmeta')
    .replace('{issueIdOrKey}', '{id}');

async function main(): Promise<void> {
  const forge = await startLocalForge({ emulator: { now, logTo: () => undefined } });
  forge.emulator.setGlobalPermission('app', 'ADMINISTER', true);
  const rows: string[] = [];
  const details: string[] = [];
  const verdicts: string[] = [];
  try {
    for (const children of SIZES) {
      forge.emulator.reset();
      // The emulator gives ids from its seed again, so each size's epic has the same id (and plan):
      // without this, the larger one would start from the smaller one's runs.
      forge.kvs.clear();
      const epic = await anEpic(forge, children);
      clockOffsetMs += 10 * 60_000;
      forge.emulator.addFault({ latencyMs: LATENCY_MS });
      const preview = await measure(forge, () => invoke<EpicPreview>(forge, epic, 'epic/preview'));
      const apply = await measure(forge, () => invoke<RunView>(forge, epic, 'epic/apply'));
      const subtasks = children * ITEMS;
      if (apply.result.status !== 'succeeded' || apply.result.counts.created !== subtasks) {
        throw new Error(
          `the run ended ${apply.result.status}: ${JSON.stringify(apply.result.counts)}`,
        );
      }
      const bulk = apply.counts['POST /rest/api/3/issue/bulk'] ?? 0;
      const fewer = subtasks / apply.requests;
      rows.push(
        [
          String(children).padStart(8),
          String(subtasks).padStart(8),
          String(preview.result.requests.bulkCreates).padStart(9),
          String(preview.requests).padStart(9),
          `${Math.round(preview.ms)} ms`.padStart(9),
          String(apply.requests).padStart(8),
          String(bulk).padStart(5),
          `${Math.round(apply.ms)} ms`.padStart(9),
          `${String(subtasks)} / ${(subtasks * LATENCY_MS) / 1000} s`.padStart(14),
          `${fewer.toFixed(1)}×`.padStart(7),
        ].join(' │ '),
      );
      details.push(
        `${children} children, preview answer: ${Math.round(Buffer.byteLength(JSON.stringify(preview.result)) / 1024)} KiB`,
      );
      details.push(
        `${children} children, apply: ${Object.entries(apply.counts)
          .map(([endpoint, n]) => `${short(endpoint)} ${n}`)
          .join(', ')}`,
      );
      if (children === 1_000)
        verdicts.push(
          `requests at 1,000 children: ${fewer.toFixed(1)}× fewer than one call per sub-task (target ≥ 40×, with margin ≥ 45×) — ${fewer >= 45 ? 'met with margin' : fewer >= 40 ? 'met, NO MARGIN' : 'MISSED'}`,
        );
    }
  } finally {
    await forge.stop();
  }
  process.stdout.write(
    `Epic fan-out benchmark — ${LATENCY_MS} ms per Jira request, ${ITEMS} items per child, concurrency ${ENV.concurrency}, node ${process.version}\n\n` +
      'children │ subtasks │ preview: │  preview │   preview │   apply │ bulk │     apply │ one per sub-task │   fewer\n' +
      '         │          │     bulk │ requests │      wall │ requests │      │      wall │ requests / wall │ requests\n' +
      `${rows.join('\n')}\n\n${details.join('\n')}\n\n${verdicts.join('\n')}\n`,
  );
}

void main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
