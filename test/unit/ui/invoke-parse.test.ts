import type { ResolverInput, ResolverKey } from '../../../src/contract';
import * as contract from '../../../src/contract';
import { MISMATCH_MESSAGE, parseAnswer } from '../../../static/shared/parse-answer';

/** What the UI's `call` makes of Forge's `answer` (it hands it to `parseAnswer` as is). */
let answered: unknown;
const answerWith = (answer: unknown) => {
  answered = answer;
};
const call = <K extends ResolverKey>(key: K, _input: ResolverInput<K>) =>
  Promise.resolve(parseAnswer(contract, key, answered));
const UNDO_REPORT = { at: 1, accountId: 'a-1', deleted: ['SHOP-1'], notDeleted: [] };
const RUN_ID = '3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c';

describe("the UI's invoke parses every answer against the contract (parse-answer.ts)", () => {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  it('returns the parsed data of an answer of the contract’s shape', async () => {
    answerWith({ ok: true, data: { ...UNDO_REPORT, leaked: 'internal' } });
    const answer = await call('run/undo', { runId: RUN_ID, confirm: true });
    // Parsed, not cast: what the contract does not name does not reach the screen.
    expect(answer).toEqual({ ok: true, data: UNDO_REPORT });
  });

  it('unwraps the { body, metadata } form Forge may answer in', async () => {
    answerWith({ body: { ok: true, data: UNDO_REPORT }, metadata: {} });
    await expect(call('run/undo', { runId: RUN_ID, confirm: true })).resolves.toEqual({
      ok: true,
      data: UNDO_REPORT,
    });
  });

  it('turns a wrong shape into a sentence for people, and the path into the console', async () => {
    answerWith({ ok: true, data: { ...UNDO_REPORT, deleted: 'SHOP-1' } });
    const answer = await call('run/undo', { runId: RUN_ID, confirm: true });
    expect(answer).toEqual({ ok: false, error: { code: 'JIRA_ERROR', message: MISMATCH_MESSAGE } });
    expect(MISMATCH_MESSAGE).not.toMatch(/zod|expected|invalid_type|\bdata\b/i);
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('"run/undo"'));
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('data.deleted'));
  });

  it('refuses an answer that is no envelope at all', async () => {
    answerWith('<html>Bad gateway</html>');
    const answer = await call('run/undo', { runId: RUN_ID, confirm: true });
    expect(answer.ok ? null : answer.error.message).toBe(MISMATCH_MESSAGE);
  });

  it('passes an error through with details of its code’s shape', async () => {
    const error = {
      code: 'CONFLICT',
      message: 'Someone saved first.',
      details: { currentVersion: 3, savedBy: 'a-2', savedAt: null, savedByName: 'Ana' },
    };
    answerWith({ ok: false, error });
    await expect(call('draft/get', {})).resolves.toEqual({ ok: false, error });
  });

  it('refuses error details its code does not allow', async () => {
    answerWith({
      ok: false,
      error: { code: 'CONFLICT', message: 'x', details: { currentVersion: 'three' } },
    });
    const answer = await call('draft/get', {});
    expect(answer.ok ? null : answer.error.message).toBe(MISMATCH_MESSAGE);
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('error.details'));
  });
});
