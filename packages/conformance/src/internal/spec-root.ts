import { createRequire } from "node:module";

let root: typeof import("@jobkit/spec") | undefined;

/**
 * `@jobkit/spec`'s root entry (the OpenAPI documents and Ajv), required at its first use and kept, so that
 * `--help`, `--list` and every module the catalogue imports load only `@jobkit/spec/facts`. Node ≥ 20.19 loads an
 * ES module with `require`, and the callers (a contract, the fields a schema requires) are synchronous.
 */
export function specRoot(): typeof import("@jobkit/spec") {
  root ??= createRequire(import.meta.url)("@jobkit/spec") as typeof import("@jobkit/spec");
  return root;
}
