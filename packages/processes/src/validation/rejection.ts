import { ProcessGraphRejectedError } from "../processes-error.js";

/**
 * The openEO codes a process graph is refused with, named after the error list of openEO API 1.2.0
 * (`errors.json`); `ProcessParameterMissing` is the code the API's text gives for a parameter reference
 * with no value. Every one answers with HTTP 400.
 */
export const REJECTION_CODES = {
  /** The process has no `process_graph`. */
  graphMissing: "ProcessGraphMissing",
  /** Not a graph: not an object, a node without `process_id`, no or several result nodes, a cycle, ... */
  graphInvalid: "ProcessGraphInvalid",
  /** Over one of the {@link ValidationLimits}. */
  graphComplexity: "ProcessGraphComplexity",
  /** A `process_id` the registry does not have. */
  processUnsupported: "ProcessUnsupported",
  /** A required argument is missing. */
  argumentRequired: "ProcessParameterRequired",
  /** An argument the process does not define. */
  argumentUnsupported: "ProcessParameterUnsupported",
  /** An argument that does not match its parameter's schema. */
  argumentInvalid: "ProcessParameterInvalid",
  /** A `from_parameter` naming no parameter of its graph or of an enclosing one. */
  parameterMissing: "ProcessParameterMissing",
} as const;

/** One of the {@link REJECTION_CODES}. */
export type RejectionCode = (typeof REJECTION_CODES)[keyof typeof REJECTION_CODES];

/** A refusal with the openEO code, the JSON pointer to what is at fault, and HTTP 400. */
export function rejection(
  openeoCode: RejectionCode,
  pointer: string,
  message: string,
): ProcessGraphRejectedError {
  return new ProcessGraphRejectedError({ openeoCode, status: 400, pointer }, message);
}
