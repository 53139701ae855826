import { createRequire } from "node:module";
import type { SchemaValidator } from "@jobkit/spec";
import type { ApiVersion } from "@jobkit/spec/facts";

const validators = new Map<ApiVersion | undefined, SchemaValidator>();

/**
 * The contract's schema validator of a version (the default one when none is named), made at its first use and
 * kept. `@jobkit/spec`'s root entry (the OpenAPI documents and Ajv, most of what a start would otherwise load) is
 * required synchronously here, not imported at start: Node ≥ 20.19 loads an ES module with `require`, and the
 * callers (catalogue checks inside `createMockServer`, request bodies inside route handlers) are synchronous.
 */
export function contractValidator(version?: ApiVersion): SchemaValidator {
  let validator = validators.get(version);
  if (!validator) {
    const spec = createRequire(import.meta.url)("@jobkit/spec") as typeof import("@jobkit/spec");
    validator = spec.createSchemaValidator(version);
    validators.set(version, validator);
  }
  return validator;
}
