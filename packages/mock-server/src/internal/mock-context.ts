import type { Context } from "hono";
import type { UserRegistry } from "../auth/user-registry.js";
import type { FaultRegistry } from "../faults/fault-registry.js";
import type { ResettableClock } from "../jobs/clock.js";
import type { LogEntry } from "../jobs/job.js";
import type { JobLifecycle } from "../jobs/job-lifecycle.js";
import type { JobStore } from "../jobs/job-store.js";
import type { RecordingJournal } from "../journal.js";
import type { IdentityProvider } from "../oidc/identity-provider.js";
import type { ResolvedOptions } from "../options.js";
import type { LinkSigner } from "../results/signed-links.js";
import type { IdSource } from "./id-source.js";

/** Everything the routes share. One per mock server. */
export interface MockContext {
  options: ResolvedOptions;
  clock: ResettableClock;
  users: UserRegistry;
  store: JobStore;
  lifecycle: JobLifecycle;
  faults: FaultRegistry;
  journal: RecordingJournal;
  signer: LinkSigner;
  ids: IdSource;
  /** Logs of recent synchronous runs, for their `monitor` links. */
  syncRuns: Map<string, { owner: string; logs: LogEntry[] }>;
  /** The OpenID provider the mock serves under `/oidc`. */
  idp: IdentityProvider;
  /** Whether a plain `Bearer <jwt>` is accepted (the API version lists the JWT conformance class). */
  acceptsPlainJwt: boolean;
  /** The absolute origin for links in this request's answers. */
  base(c: Context): string;
}
