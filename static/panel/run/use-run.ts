import { showFlag } from '@forge/bridge';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Envelope, ResolverError, RunView as Run, UndoReport } from '../../../src/contract';
import { runIsGoing } from '../../../src/domain/run/run-lifecycle';
import { call } from '@ui/invoke';
import { runFlag } from './run-flag';

const POLL_MS = 1000;
const inProgress = (run: Run | null) => run !== null && runIsGoing(run.status);

/**
 * What a run shows from the moment Create is pressed until the server names it: preparing, with
 * Cancel (sent as soon as the run is known). An inline run answers only when it ends, so the
 * real run is picked up from `run/latest` while the request is still out.
 */
function startingRun(): Run {
  const none = { total: 0, pending: 0, created: 0, existed: 0, failed: 0, blocked: 0 };
  return {
    runId: '',
    planId: '',
    projectId: '',
    templateVersion: 0,
    accountId: '',
    mode: 'inline',
    status: 'queued',
    phase: 'preparing',
    createdAt: 0,
    updatedAt: 0,
    counts: { ...none, deleted: 0 },
    links: none,
    timings: {},
    requests: {},
    attempts: 0,
    items: [],
    linkOutcomes: [],
    actions: ['cancel'],
    underWay: true,
  };
}

export interface RunControl {
  run: Run | null;
  error: ResolverError | null;
  busy: boolean;
  undoReport: UndoReport | null;
  start: (options: { templateId: string; reuseCurrentEpic: boolean }) => Promise<void>;
  /** Starts a run through another resolver that answers one (the epic action's `epic/apply`). */
  startWith: (apply: () => Promise<Envelope<Run>>) => Promise<void>;
  cancel: () => Promise<void>;
  resume: () => Promise<void>;
  undo: () => Promise<void>;
}

/**
 * Starts a run and follows it: polls `run/get` about once a second while it is queued or
 * running. On mount it picks up the latest run (`run/latest`), so a panel reopened
 * during or after a run shows it; a run that ended before the panel opened raises no flag.
 */
export function useRun(onFinished: () => void): RunControl {
  const [run, setRun] = useState<Run | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);
  const [undoReport, setUndoReport] = useState<UndoReport | null>(null);
  const announced = useRef(new Set<string>());
  /** While a start request is out: the run shown before it (not the new one), if any. */
  const [starting, setStarting] = useState<{ previous: string | undefined } | null>(null);
  const cancelWanted = useRef(false);

  const accept = useCallback(
    (answer: Envelope<Run>) => {
      if (!answer.ok) {
        setError(answer.error);
        return;
      }
      setError(null);
      setRun(answer.data);
      const flag = runFlag(answer.data);
      if (flag && !announced.current.has(String(flag.id))) {
        announced.current.add(String(flag.id));
        showFlag(flag);
        onFinished();
      }
    },
    [onFinished],
  );

  const act = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    let live = true;
    void call('run/latest', {}).then((answer) => {
      if (!live || !answer.ok || !answer.data) return;
      const earlier = answer.data;
      const flag = runFlag(earlier);
      if (flag) announced.current.add(String(flag.id));
      setRun((current) => current ?? earlier);
    });
    return () => {
      live = false;
    };
  }, []);

  // While a start is out and the server has not named its run yet, look for it once a second.
  const waitingForRun = starting !== null && run === null;
  useEffect(() => {
    if (!waitingForRun) return;
    const timer = setInterval(() => {
      void call('run/latest', {}).then((answer) => {
        const found = answer.ok ? answer.data : null;
        if (!found || found.runId === starting.previous) return;
        setRun((current) => current ?? found);
        if (cancelWanted.current) {
          cancelWanted.current = false;
          void call('run/cancel', { runId: found.runId }).then(accept);
        }
      });
    }, POLL_MS);
    return () => {
      clearInterval(timer);
    };
  }, [waitingForRun, starting, accept]);

  const runId = run?.runId;
  const polling = inProgress(run);
  useEffect(() => {
    if (!polling || runId === undefined) return;
    const timer = setTimeout(() => {
      void call('run/get', { runId }).then(accept);
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [run, polling, runId, accept]);

  const startWith = (apply: () => Promise<Envelope<Run>>) =>
    act(async () => {
      // The previous run's results go at once; the new run shows from its first second.
      setUndoReport(null);
      setError(null);
      cancelWanted.current = false;
      setStarting({ previous: runId });
      setRun(null);
      try {
        const answer = await apply();
        accept(answer);
        // Cancel pressed before the server named the run, and the run answered first.
        if (cancelWanted.current && answer.ok && inProgress(answer.data)) {
          cancelWanted.current = false;
          accept(await call('run/cancel', { runId: answer.data.runId }));
        }
      } finally {
        setStarting(null);
      }
    });
  return {
    run: run ?? (starting ? startingRun() : null),
    error,
    busy,
    undoReport,
    start: (options) => startWith(() => call('plan/apply', options)),
    startWith,
    // Not `act`: Cancel stays available while a start request is still out.
    cancel: async () => {
      if (runId) accept(await call('run/cancel', { runId }));
      else if (starting) cancelWanted.current = true;
    },
    resume: () =>
      act(async () => {
        if (runId) accept(await call('run/resume', { runId }));
      }),
    undo: () =>
      act(async () => {
        if (!runId) return;
        const answer = await call('run/undo', { runId, confirm: true });
        if (!answer.ok) {
          setError(answer.error);
          return;
        }
        setUndoReport(answer.data);
        accept(await call('run/get', { runId }));
      }),
  };
}
