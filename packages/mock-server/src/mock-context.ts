import type { Context } from "hono";
import type { UserRegistry } from "./auth/user-registry.js";
import type { FaultRegistry } from "./faults/fault-registry.js";
import type { IdSource } from "./internal/id-source.js";
import type { ResettableClock } from "./jobs/clock.js";
import type { LogEntry } from "./jobs/job.js";
import type { JobLifecycle } from "./jobs/job-lifecycle.js";
import type { JobStore } from "./jobs/job-store.js";
import type { RecordingJournal } from "./journal.js";
import type { MockEnv } from "./mock-env.js";
import type { ExternalIssuer } from "./oidc/external-issuer.js";
import type { IdentityProvider } from "./oidc/identity-provider.js";
import type { ResolvedOptions, ServedApi } from "./options.js";
import type { ProcessCatalog } from "./processes/process-catalog.js";
import type { ResultsMemo } from "./results/results-memo.js";
import type { LinkSigner } from "./results/signed-links.js";

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
  /** The predefined and user-defined processes, and the registry each request's process runs with. */
  processes: ProcessCatalog;
  /** What recent process graphs computed and wrote, for jobs and synchronous runs alike. */
  results: ResultsMemo;
  /** The seed of synthetic outputs (pixels, large assets), derived from the mock's secrets. */
  outputSeed: number;
  /** Logs of recent synchronous runs, for their `monitor` links. */
  syncRuns: Map<string, { owner: string; logs: LogEntry[] }>;
  /** The API versions served, newest first, each with the path its tree is mounted at. */
  served: ServedApi[];
  /** The OpenID provider the mock serves under `/oidc` at the origin. */
  idp: IdentityProvider;
  /** The external issuer trusted instead of `idp` (`oidc.issuer`), if any. */
  external: ExternalIssuer | undefined;
  /** The absolute origin for links in this request's answers. */
  origin(c: Context): string;
  /** The absolute base URL of the request's API tree (origin plus the version's prefix). */
  base(c: Context<MockEnv>): string;
}
