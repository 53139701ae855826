import type { MockServer } from "@jobkit/mock-server";
import type { FetchLike } from "./fetch-like.js";
import type { RunClock } from "./run-clock.js";

/**
 * The fetch and clock of a jobkit mock server the caller created (virtual time: sleeping advances its clock),
 * to pass to {@link runConformance} for an in-process run.
 *
 * @example
 * const mock = createMockServer({ timing: { mode: "virtual" } });
 * await runConformance({ url: "http://mock.invalid", ...mockTarget(mock), user: "alice", password: "alice123" });
 */
export function mockTarget(mock: Pick<MockServer, "app" | "clock">): { fetch: FetchLike; clock: RunClock } {
  return {
    fetch: (request) => Promise.resolve(mock.app.fetch(request)),
    clock: {
      now: () => mock.clock.now(),
      sleep: async (ms) => mock.clock.advance(ms),
    },
  };
}
