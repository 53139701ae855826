import { control } from "./control.js";
import type { MockProcess } from "./mock-process.js";

/** One Python run signed in by OpenID Connect; `prepare` may install faults, `verify` checks the mock afterwards. */
export interface OidcRun {
  name: string;
  /** The flow's AUTH argument (see python/flow.py). */
  auth: string;
  env?: Record<string, string>;
  prepare?: (mock: MockProcess) => Promise<void>;
  verify?: (mock: MockProcess) => Promise<string | undefined>;
}

const TOKEN_INVALID_ONCE = {
  match: { method: "GET", path: "/jobs/*" },
  skip: 2,
  times: 1,
  action: { type: "error", status: 403, code: "TokenInvalid", message: "injected: the token expired" },
};

/** The device flow's run passes only when the injected TokenInvalid was hit and the client refreshed once. */
async function refreshedOnce(mock: MockProcess): Promise<string | undefined> {
  const { faults } = (await control(mock, "/faults")) as { faults: unknown[] };
  if (faults.length > 0) return "the injected TokenInvalid was never hit";
  const { entries } = (await control(mock, "/journal")) as {
    entries: { method: string; path: string; status: number }[];
  };
  const grants = entries.filter((e) => e.method === "POST" && e.path === "/oidc/token" && e.status === 200);
  return grants.length >= 2
    ? undefined
    : `expected a device grant and a refresh, saw ${grants.length} token(s)`;
}

export const OIDC_RUNS: OidcRun[] = [
  { name: "python authenticate_oidc_client_credentials", auth: "client-credentials" },
  {
    name: "python authenticate_oidc_device (PKCE) + one TokenInvalid → refresh",
    auth: "device",
    prepare: async (mock) => {
      await control(mock, "/faults", TOKEN_INVALID_ONCE);
    },
    verify: refreshedOnce,
  },
  {
    name: "python authenticate_oidc() with OPENEO_AUTH_METHOD=client_credentials",
    auth: "oidc-env",
    env: {
      OPENEO_AUTH_METHOD: "client_credentials",
      OPENEO_AUTH_CLIENT_ID: "alice-client",
      OPENEO_AUTH_CLIENT_SECRET: "alice123",
      OPENEO_AUTH_PROVIDER_ID: "jobkit",
    },
  },
];
