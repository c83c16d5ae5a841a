/**
 * Fault soak (not a test): seeded runs of plans up to 500 issues while the emulator rate-limits,
 * fails, drops answers after applying writes and lags in search, each resumed until it ends.
 * Prints runs, faults injected, duplicates and missing issues (both must be 0) and requests per
 * issue. Waits run on a virtual clock, so the figures do not depend on this machine's speed.
 *
 *   npx tsx bench/fault-soak.bench.ts [seed] [runs]
 */
import { soak } from '../test/support/fault-soak';

async function main(): Promise<void> {
  const seed = Number(process.argv[2] ?? 7);
  const runs = Number(process.argv[3] ?? 12);
  const report = await soak({ seed, runs, maxIssues: 500 });
  const rows = report.runs.map((r, i) =>
    [
      String(i + 1).padStart(3),
      String(r.issues).padStart(6),
      r.faults.join(', ').padEnd(38),
      String(r.faultsApplied).padStart(7),
      String(r.resumes).padStart(7),
      r.status.padEnd(9),
      String(r.duplicates).padStart(4),
      String(r.missing).padStart(7),
      (r.requests / r.issues).toFixed(2).padStart(9),
    ].join(' │ '),
  );
  const verdict = report.duplicates === 0 && report.missing === 0 ? 'met' : 'MISSED';
  process.stdout.write(
    `Fault soak — seed ${String(seed)}, ${String(runs)} runs, plans up to 500 issues\n\n` +
      '  # │ issues │ faults                                 │ applied │ resumes │ status    │ dups │ missing │ req/issue\n' +
      `${rows.join('\n')}\n\n` +
      `${String(report.issues)} issues, ${String(report.faultsApplied)} faults injected, ` +
      `${String(report.duplicates)} duplicates, ${String(report.missing)} missing, ` +
      `${(report.requests / report.issues).toFixed(2)} requests per issue — 0 duplicates and 0 missing: ${verdict}\n`,
  );
  if (verdict !== 'met') process.exitCode = 1;
}

void main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
