import { contractValidator } from "./contract-validator.js";
import { OpenEOError } from "./openeo-error.js";

/**
 * Checks a parsed request body against the operation's schema in `@jobkit/spec`; problems → 400
 * RequestInvalid naming the first few, and no state is touched.
 */
export function assertValidRequestBody(method: string, pathTemplate: string, body: unknown): void {
  const problems = contractValidator().validateRequestBody(method, pathTemplate, body);
  if (problems.length > 0) {
    const shown = problems.slice(0, 3).join("; ");
    throw new OpenEOError("RequestInvalid", `The request body does not match the openEO API: ${shown}.`);
  }
}
