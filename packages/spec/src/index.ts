/**
 * The jobkit contract for the openEO batch-job API, versions 1.3.0 (default) and 1.2.0: the OpenAPI
 * documents, the types generated from them, the job statuses and their transitions, the error catalogue and
 * a validator.
 *
 * @example
 * import { createSchemaValidator, isLegalTransition, ERRORS, type paths } from "@jobkit/spec";
 * const validator = createSchemaValidator("1.2.0");
 */
export * from "./facts.js";
/** The 1.3.0 contract's document; `openapiDocumentFor(version)` gives any version's. */
export { document as openapiDocument } from "./generated/document.js";
export type { components, operations, paths } from "./generated/openapi.js";
/** The types of the 1.2.0 contract (`V1_2_0.paths`, `V1_2_0.components`). */
export type * as V1_2_0 from "./generated/openapi-1.2.0.js";
export { type ContractOptions, openapiDocumentFor } from "./openapi-documents.js";
export {
  createSchemaValidator,
  type ResponseToValidate,
  type SchemaName,
  type SchemaValidator,
} from "./schema-validator.js";
