import type { FetchLike } from "./fetch-like.js";
import type { RunClock } from "./run-clock.js";

/** What {@link mockTarget} uses of a jobkit mock server: its app's fetch and its clock (no import of the mock). */
export interface MockServerLike {
  app: { fetch(request: Request): Response | Promise<Response> };
  clock: { now(): number; advance(ms: number): void };
}

/**
 * The fetch and clock of a jobkit mock server the caller created (virtual time: sleeping advances its clock),
 * to pass to {@link runConformance} for an in-process run.
 *
 * @example
 * const mock = createMockServer({ timing: { mode: "virtual" } });
 * await runConformance({ url: "http://mock.invalid", ...mockTarget(mock), user: "alice", password: "alice123" });
 */
export function mockTarget(mock: MockServerLike): { fetch: FetchLike; clock: RunClock } {
  return {
    fetch: (request) => Promise.resolve(mock.app.fetch(request)),
    clock: {
      now: () => mock.clock.now(),
      sleep: async (ms) => mock.clock.advance(ms),
    },
  };
}
