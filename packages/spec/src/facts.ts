/**
 * The light part of the jobkit contract, `@jobkit/spec/facts`: the API versions, endpoint methods, job statuses
 * and their transitions, the error catalogue, log levels, the STAC checksum helper and the package's error. Small
 * constants and functions only: no OpenAPI document, no Ajv, so a program that starts often (the mock's CLI)
 * loads it in a few milliseconds. The package root re-exports all of it, with the documents and the validator.
 *
 * @example
 * import { ERRORS, isLegalTransition } from "@jobkit/spec/facts";
 * isLegalTransition("running", "finished"); // true
 */
export {
  API_VERSIONS,
  type ApiVersion,
  conformanceClassFor,
  DEFAULT_API_VERSION,
  isApiVersion,
  JWT_CONFORMANCE_CLASS,
  STAC_VERSION,
} from "./api-versions.js";
export { ENDPOINT_METHODS, type EndpointMethod } from "./endpoint-methods.js";
export { ERRORS, type ErrorCode, type ErrorDefinition } from "./error-catalogue.js";
export {
  canBeObservedAfter,
  isLegalTransition,
  JOB_STATUSES,
  JOB_TRANSITIONS,
  type JobStatus,
  TERMINAL_JOB_STATUSES,
} from "./job-status.js";
export { JOBKIT_EXTRAS, type JobkitExtra } from "./jobkit-extras.js";
export { LOG_LEVELS, type LogLevel } from "./log-levels.js";
export { SHA256_MULTIHASH_PREFIX, sha256Multihash } from "./multihash.js";
export { JobkitSpecError, type SpecErrorCode } from "./spec-error.js";
