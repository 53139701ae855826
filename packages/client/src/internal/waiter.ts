import type { Clock } from "../clock.js";
import { sleep } from "./retry.js";

/** How the client tells time and waits: real time, or a driven {@link Clock}. */
export interface Waiter {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Real time: `Date.now` and timers. */
export const REAL_TIME: Waiter = { now: () => Date.now(), sleep };

/** Waits on a driven clock: advances it by the delay, then yields once to the event loop. */
export function waiterOn(clock: Clock): Waiter {
  return {
    now: () => clock.now(),
    async sleep(ms, signal) {
      signal?.throwIfAborted();
      clock.advance(ms);
      await sleep(0, signal);
    },
  };
}
