import type { ApiVersion } from "@jobkit/spec/facts";
import type { ResolvedOptions } from "./options.js";
import { CONTROL_PREFIX } from "./routes/control-routes.js";

/**
 * The one JSON line `jobkit-mock --ready-json` prints on stdout once it listens: what a program needs to use the
 * mock, without reading the human banner. Field names are stable (snake_case, as openEO's documents).
 */
export interface ReadyDocument {
  /** The origin the mock listens on, without a trailing slash (IPv6 hosts in brackets). */
  url: string;
  /** Every API version served, newest first: the path its tree is mounted at ("/" = the origin) and its URL. */
  api_versions: { api_version: ApiVersion; path: string; url: string }[];
  /** The users, with the HTTP Basic password and the OpenID Connect client credentials of provider `jobkit`. */
  users: { name: string; password: string; credit: number; client_id: string; client_secret: string }[];
  /** The control API: its path, and whether it needs `Authorization: Bearer <control token>`. */
  control: { path: string; token_required: boolean };
  /** The seed of ids, tokens, keys and outputs, or `"random"` (the platform's CSPRNG). */
  seed: number | "random";
}

/** The ready document of a mock with these options, listening at `url` (an origin). */
export function readyDocument(options: ResolvedOptions, url: string): ReadyDocument {
  return {
    url,
    api_versions: options.served.map(({ version, prefix }) => ({
      api_version: version,
      path: prefix || "/",
      url: `${url}${prefix}`,
    })),
    users: options.users.map(({ name, password, credit }) => ({
      name,
      password,
      credit,
      client_id: `${name}-client`,
      client_secret: password,
    })),
    control: { path: CONTROL_PREFIX, token_required: options.controlToken !== undefined },
    seed: options.seed,
  };
}
