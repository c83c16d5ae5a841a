import {
  createAutosaveScheduler,
  type AutosaveTimer,
} from '../../../static/panel/draft/autosave-scheduler';

/** A timer that only moves when the test says so. */
function fakeTimer() {
  let now = 0;
  let next = 0;
  const waiting = new Map<number, { at: number; run: () => void }>();
  const timer: AutosaveTimer = {
    set(run, delayMs) {
      next += 1;
      waiting.set(next, { at: now + delayMs, run });
      return next;
    },
    clear(handle) {
      waiting.delete(handle as number);
    },
  };
  return {
    timer,
    waiting: () => waiting.size,
    advance(ms: number) {
      now += ms;
      for (const [handle, entry] of [...waiting]) {
        if (entry.at > now) continue;
        waiting.delete(handle);
        entry.run();
      }
    },
  };
}

/** A save whose answers the test hands out one at a time. */
function controlledSave() {
  const answers: (() => void)[] = [];
  let started = 0;
  return {
    save: () =>
      new Promise<void>((resolve) => {
        started += 1;
        answers.push(resolve);
      }),
    started: () => started,
    inFlight: () => answers.length,
    answerNext() {
      answers.shift()?.();
    },
  };
}

/** Lets the scheduler's awaits run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

function setup(delayMs = 3000) {
  const clock = fakeTimer();
  const saves = controlledSave();
  const scheduler = createAutosaveScheduler({ delayMs, timer: clock.timer, save: saves.save });
  return { clock, saves, scheduler };
}

describe('the autosave scheduler', () => {
  it('saves once, the delay after the last of a run of changes', () => {
    const { clock, saves, scheduler } = setup();
    scheduler.changed();
    clock.advance(2000);
    scheduler.changed();
    clock.advance(2999);
    expect(saves.started()).toBe(0);
    clock.advance(1);
    expect(saves.started()).toBe(1);
  });

  it('does not save while nothing changed', () => {
    const { clock, saves } = setup();
    clock.advance(60_000);
    expect(saves.started()).toBe(0);
  });

  it('never runs two saves at a time: a change during a save is saved once after it', async () => {
    const { clock, saves, scheduler } = setup();
    scheduler.changed();
    clock.advance(3000);
    expect(saves.inFlight()).toBe(1);

    scheduler.changed();
    clock.advance(3000);
    scheduler.changed();
    clock.advance(3000);
    expect(saves.inFlight()).toBe(1);
    expect(saves.started()).toBe(1);

    saves.answerNext();
    await settle();
    expect(saves.started()).toBe(2);
    saves.answerNext();
    await settle();
    expect(saves.started()).toBe(2);
  });

  it('saves at once when flushed, and forgets the pending wait', async () => {
    const { clock, saves, scheduler } = setup();
    scheduler.changed();
    const flushed = scheduler.flush();
    expect(saves.started()).toBe(1);
    expect(clock.waiting()).toBe(0);
    saves.answerNext();
    await flushed;
    clock.advance(10_000);
    expect(saves.started()).toBe(1);
  });

  it('a flush during a save resolves only after the save it asked for has run', async () => {
    const { saves, scheduler } = setup();
    void scheduler.flush();
    let done = false;
    const flushed = scheduler.flush().then(() => {
      done = true;
    });
    saves.answerNext();
    await settle();
    expect(saves.started()).toBe(2);
    expect(done).toBe(false);
    saves.answerNext();
    await flushed;
    expect(done).toBe(true);
  });

  it('drops a pending wait when cancelled', () => {
    const { clock, saves, scheduler } = setup();
    scheduler.changed();
    scheduler.cancel();
    clock.advance(10_000);
    expect(saves.started()).toBe(0);
  });

  it('keeps working after a save that threw', async () => {
    const clock = fakeTimer();
    let calls = 0;
    const scheduler = createAutosaveScheduler({
      delayMs: 10,
      timer: clock.timer,
      save: () => {
        calls += 1;
        return calls === 1 ? Promise.reject(new Error('lost')) : Promise.resolve();
      },
    });
    await expect(scheduler.flush()).rejects.toThrow('lost');
    await scheduler.flush();
    expect(calls).toBe(2);
  });
});
