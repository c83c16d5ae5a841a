import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function report(entry?: string): { status: number | null; output: string } {
  const args = ['scripts/function-bundle-report.mts', ...(entry ? [entry] : [])];
  const run = spawnSync(TSX, args, { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the Forge function bundle (scripts/function-bundle-report.mts)', () => {
  it('holds only the functions and their production dependencies, and says how large it is', () => {
    const { status, output } = report();
    expect(output).toMatch(/Forge function bundle of src\/index\.ts: [\d.]+ KiB/);
    expect(output).toMatch(/Largest parts:\n\s+[\d.]+ KiB {2}\S+/);
    expect(output).not.toMatch(/Not allowed/);
    expect(status).toBe(0);
  });

  it('fails when an entry pulls in UI or test code', () => {
    const { status, output } = report('test/contract/fixtures/leaky-function.ts');
    expect(status).toBe(1);
    expect(output).toMatch(/static\/shared\/invoke\.ts \(from static\/, not src\/\)/);
    expect(output).toMatch(/@forge\/bridge \(a UI or development package\)/);
    expect(output).toMatch(/fast-check \(a UI or development package\)/);
  });
});
