import type { MockServerOptions } from "@jobkit/mock-server";
import type { FetchLike } from "../fetch-like.js";
import { mockTarget } from "../mock-target.js";
import type { RunClock } from "../run-clock.js";
import { loadMockServer } from "./load-mock-server.js";
import type { Credentials } from "./session.js";

/** A target the kit talks to in process: the jobkit mock's fetch and virtual clock. */
export interface InProcessTarget {
  url: string;
  fetch: FetchLike;
  clock: RunClock;
  credentials: Credentials;
  secondUser: { user: string; password: string };
  paymentUser: { user: string; password: string };
  close(): Promise<void>;
}

/** Origin under which the in-process mock is addressed (never resolved: requests go to its fetch). */
const EMBEDDED_URL = "http://embedded.jobkit.invalid";

/**
 * How the embedded target runs the mock: on virtual time, with links that expire after one virtual minute so
 * that the expiry check can wait for it.
 */
export const EMBEDDED_MOCK_OPTIONS = {
  timing: { mode: "virtual" },
  results: { linkTtlMs: 60_000 },
} as const satisfies MockServerOptions;

/** The mock's demo users in the shape of run options: the main user, a second user and one without credit. */
export const DEMO_USERS = {
  user: "alice",
  password: "alice123",
  oidcClient: { clientId: "alice-client", clientSecret: "alice123" },
  secondUser: { user: "bob", password: "bob123" },
  paymentUser: { user: "broke", password: "broke123" },
} as const;

/**
 * Starts the jobkit mock in process ({@link EMBEDDED_MOCK_OPTIONS}), loaded lazily: it is an optional peer of
 * the kit, needed only when no URL is given.
 */
export async function createEmbeddedTarget(): Promise<InProcessTarget> {
  const { createMockServer } = await loadMockServer();
  const mock = createMockServer(EMBEDDED_MOCK_OPTIONS);
  return {
    url: EMBEDDED_URL,
    ...mockTarget(mock),
    credentials: {
      user: DEMO_USERS.user,
      password: DEMO_USERS.password,
      oidcClient: DEMO_USERS.oidcClient,
    },
    secondUser: DEMO_USERS.secondUser,
    paymentUser: DEMO_USERS.paymentUser,
    close: async () => mock.reset(),
  };
}
