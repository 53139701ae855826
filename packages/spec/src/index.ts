/**
 * The jobkit contract for the openEO batch-job API: the OpenAPI document, the types generated from it,
 * the job statuses and their transitions, the error catalogue and a validator.
 *
 * @example
 * import { createSchemaValidator, isLegalTransition, ERRORS, type paths } from "@jobkit/spec";
 */
export { API_VERSION, STAC_VERSION } from "./api-version.js";
export { ERRORS, type ErrorCode, type ErrorDefinition } from "./error-catalogue.js";
export { document as openapiDocument } from "./generated/document.js";
export type { components, operations, paths } from "./generated/openapi.js";
export {
  canBeObservedAfter,
  isLegalTransition,
  JOB_STATUSES,
  JOB_TRANSITIONS,
  type JobStatus,
  TERMINAL_JOB_STATUSES,
} from "./job-status.js";
export {
  createSchemaValidator,
  type ResponseToValidate,
  type SchemaName,
  type SchemaValidator,
} from "./schema-validator.js";
