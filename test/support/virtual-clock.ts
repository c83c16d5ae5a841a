/**
 * A clock that tests share between the Jira emulator (its search lag) and the run stage (its
 * waits): a wait moves the clock forward at once instead of sleeping, so "5 s of search lag"
 * costs no real time and does not depend on how busy the machine is. Concurrent waits do not add
 * up: the clock moves to the furthest point any of them waits for.
 */
export interface VirtualClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Every wait asked for, in ms, in order. */
  readonly waits: number[];
}

export function virtualClock(): VirtualClock {
  let offset = 0;
  const waits: number[] = [];
  const now = () => Date.now() + offset;
  return {
    now,
    waits,
    sleep(ms) {
      waits.push(ms);
      const target = now() + Math.max(0, ms);
      offset = Math.max(offset, target - Date.now());
      return new Promise((resolve) => setImmediate(resolve));
    },
  };
}
