import Resolver from '@forge/resolver';
import { checkedAnswers, type AnswerCheck } from '../../../src/resolvers/answer-check';
import { AppError } from '../../../src/resolvers/app-error';
import { defineResolverIn } from '../../../src/resolvers/define-resolver';

const UNDO_REPORT = { at: 1, accountId: 'a-1', deleted: ['SHOP-1'], notDeleted: [] };

/** One resolver, `run/undo`, whose handler answers `answer` (or throws it when it is an error). */
function definitionsAnswering(answer: unknown, check: AnswerCheck) {
  const resolver = new Resolver();
  defineResolverIn(
    resolver,
    'run/undo',
    () => ({}),
    () => (answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer as never)),
  );
  return checkedAnswers(resolver.getDefinitions(), check);
}

function call(
  definitions: ReturnType<typeof definitionsAnswering>,
  environmentType = 'DEVELOPMENT',
): Promise<unknown> {
  return definitions(
    {
      call: {
        functionKey: 'run/undo',
        payload: { runId: '3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c', confirm: true },
      },
      context: { environmentType },
    },
    {} as never,
  );
}

describe('answers are checked against the contract', () => {
  it('lets an answer of the contract’s shape through unchanged', async () => {
    await expect(call(definitionsAnswering(UNDO_REPORT, 'always'))).resolves.toEqual({
      ok: true,
      data: UNDO_REPORT,
    });
  });

  it('fails a wrong shape, naming the resolver and the path', async () => {
    const wrong = { ...UNDO_REPORT, deleted: [42] };
    await expect(call(definitionsAnswering(wrong, 'always'))).rejects.toThrow(
      /Resolver "run\/undo" answered a value its contract .* at data\.deleted\[0\]: /,
    );
  });

  it('fails a missing field', async () => {
    const { accountId: _, ...wrong } = UNDO_REPORT;
    await expect(call(definitionsAnswering(wrong, 'always'))).rejects.toThrow(
      /"run\/undo" .* at data\.accountId/,
    );
  });

  it('fails error details its code does not allow', async () => {
    const error = new AppError('JIRA_ERROR', 'Jira did not answer.', { retry: true } as never);
    await expect(call(definitionsAnswering(error, 'always'))).rejects.toThrow(
      /"run\/undo" .* at error\.details/,
    );
  });

  it('lets error details of the code’s shape through', async () => {
    const error = new AppError('CONFLICT', 'Busy.', { reason: 'PLAN_BUSY', runId: 'r-1' });
    await expect(call(definitionsAnswering(error, 'always'))).resolves.toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { reason: 'PLAN_BUSY' } },
    });
  });

  it('checks in development and staging, and skips in production, when asked to', async () => {
    const wrong = { ...UNDO_REPORT, at: 'yesterday' };
    const definitions = definitionsAnswering(wrong, 'outside-production');
    await expect(call(definitions, 'DEVELOPMENT')).rejects.toThrow(/data\.at/);
    await expect(call(definitions, 'STAGING')).rejects.toThrow(/data\.at/);
    await expect(call(definitions, 'PRODUCTION')).resolves.toEqual({ ok: true, data: wrong });
  });

  it('never checks when told never to', async () => {
    const wrong = { ...UNDO_REPORT, at: 'yesterday' };
    await expect(call(definitionsAnswering(wrong, 'never'))).resolves.toEqual({
      ok: true,
      data: wrong,
    });
  });
});
