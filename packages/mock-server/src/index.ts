/**
 * An in-memory openEO back-end (API 1.3.0 and 1.2.0) on Hono for tests: batch jobs on a controllable clock, STAC results with
 * signed downloads, injectable faults, a request journal. Served in process (`mock.app.request`) or by the
 * `jobkit-mock` CLI.
 *
 * @example
 * import { createMockServer } from "@jobkit/mock-server";
 * const mock = createMockServer({ timing: { mode: "virtual" } });
 */
export { createMockServer, type MockServer } from "./create-mock-server.js";
export type { FaultAction, FaultMatch, FaultSpec, InstalledFault } from "./faults/fault.js";
export type { FaultsHandle } from "./faults/fault-registry.js";
export type { Clock } from "./jobs/clock.js";
export type { JobSnapshot, StoreHandle } from "./jobs/store-handle.js";
export type { Journal, JournalEntry } from "./journal.js";
export {
  ConnectionResetError,
  FaultInvalidError,
  JobkitMockError,
  MockCatalogError,
  type MockErrorCode,
  MockOptionsError,
} from "./mock-error.js";
export {
  DEFAULT_USERS,
  type MockServerOptions,
  type MockUser,
  type ResolvedOptions,
  type ResultOptions,
  type ServedApi,
  type TimingOptions,
} from "./options.js";
export type { CatalogSource } from "./processes/load-catalog.js";
export { CONTROL_PREFIX } from "./routes/control-routes.js";
