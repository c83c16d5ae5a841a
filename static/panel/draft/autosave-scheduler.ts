/** Starts and stops the debounce wait; the browser's timers in the panel, a fake one in tests. */
export interface AutosaveTimer {
  set(run: () => void, delayMs: number): unknown;
  clear(handle: unknown): void;
}

export const browserTimer: AutosaveTimer = {
  set: (run, delayMs) => setTimeout(run, delayMs),
  clear: (handle) => {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

export interface AutosaveScheduler {
  /** The draft changed: save once `delayMs` have passed without another change. */
  changed(): void;
  /**
   * Save now (the Save button, leaving the page, moving on): resolves once this save, and any
   * asked for while it ran, have finished.
   */
  flush(): Promise<void>;
  /** Forget a pending wait (the draft was discarded, or the panel is going away). */
  cancel(): void;
}

/**
 * When to save a draft being edited: `delayMs` after the last change, or at once when flushed;
 * never two saves at a time. A save asked for while one runs waits for it and then runs once, so
 * it sends the latest draft based on the version the running save produced. `save` reads the
 * draft and decides whether anything needs sending; it must not throw.
 */
export function createAutosaveScheduler({
  delayMs,
  timer,
  save,
}: {
  delayMs: number;
  timer: AutosaveTimer;
  save: () => Promise<void>;
}): AutosaveScheduler {
  let pending: unknown;
  let running: Promise<void> | null = null;
  let again = false;

  const clearPending = () => {
    if (pending === undefined) return;
    timer.clear(pending);
    pending = undefined;
  };

  const run = async (): Promise<void> => {
    try {
      do {
        again = false;
        await save();
      } while (again);
    } finally {
      running = null;
    }
  };

  const request = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = run();
    return running;
  };

  return {
    changed() {
      clearPending();
      pending = timer.set(() => {
        pending = undefined;
        void request();
      }, delayMs);
    },
    flush() {
      clearPending();
      return request();
    },
    cancel: clearPending,
  };
}
