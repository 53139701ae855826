export { BatchJob, type LogOptions, type WaitOptions, type WaitProgress } from "./batch-job.js";
export type { CallOptions } from "./call-options.js";
export type { Clock } from "./clock.js";
export { type Auth, type ConnectOptions, connect } from "./connect.js";
export {
  type ComputedResult,
  type ComputeOptions,
  Connection,
  type CreateJobOptions,
  type ProcessInput,
} from "./connection.js";
export {
  AuthenticationError,
  type ClientErrorCode,
  JobFailedError,
  JobkitClientError,
  OpenEOApiError,
} from "./errors.js";
export type { FetchLike } from "./fetch-like.js";
export { JobResults } from "./job-results.js";
export type { DevicePrompt } from "./oidc/device-flow.js";
export type {
  OidcClientOptions,
  OidcDeviceOptions,
  OidcLogin,
  OidcRefreshOptions,
} from "./oidc/oidc-login.js";
export { IN_MEMORY_MAX_BYTES, type ReadOptions, ResultAsset } from "./result-asset.js";
export type { RetryOptions } from "./retry-options.js";
export type { TransferProgress } from "./transfer-progress.js";
export type * from "./types.js";
