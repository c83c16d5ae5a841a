/**
 * What each Custom UI entry makes the browser fetch before it runs, read from the build `npm test`
 * makes first (`pretest`). Bytes, not timings: the same build gives the same figures on any machine.
 */
import { FIRST_LOAD_BUDGET_KB, entryBytes, type UiEntry } from '../../bench/ui-bytes';

const entries = Object.keys(FIRST_LOAD_BUDGET_KB) as UiEntry[];

describe('first load of each UI entry', () => {
  it.each(entries)('%s loads within its gzip budget before it runs', (entry) => {
    const bytes = entryBytes(entry);
    expect(bytes.initialFiles.length).toBeGreaterThan(0);
    expect(bytes.initial.gzip).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB[entry] * 1024);
  });

  it.each(entries)('%s has no chunk whose code appears twice in its build', (entry) => {
    expect(entryBytes(entry).duplicates).toEqual([]);
  });
});
