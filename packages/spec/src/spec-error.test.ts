import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as publicApi from "./index.js";
import { openapiDocumentFor } from "./openapi-documents.js";
import { createSchemaValidator } from "./schema-validator.js";
import { JobkitSpecError, SPEC_ERROR_CODES, SPEC_PREFIX } from "./spec-error.js";

const SRC = import.meta.dirname;

/** The error `run` throws. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

// The lint plugin lint/error-convention.grit keeps plain Error, TypeError and RangeError out of src/.
describe("the spec package's error convention", () => {
  it("has PascalCase codes, a name, one prefix and the cause", () => {
    for (const code of SPEC_ERROR_CODES) expect(code).toMatch(/^[A-Z][a-zA-Z]+$/);
    const cause = new Error("underlying");
    const error = new JobkitSpecError("UnknownSchema", "no schema x.", { cause });
    expect([error.name, error.code, error.cause]).toEqual(["JobkitSpecError", "UnknownSchema", cause]);
    expect(error.message).toBe(`${SPEC_PREFIX} no schema x.`);
    expect(Object.values(publicApi)).toContain(JobkitSpecError);
  });

  it("refuses an API version the contract does not describe with UnknownApiVersion", () => {
    const error = thrown(() => openapiDocumentFor("0.4.2" as never));
    expect(error).toBeInstanceOf(JobkitSpecError);
    expect(error).toMatchObject({
      code: "UnknownApiVersion",
      message: `${SPEC_PREFIX} no contract for openEO API 0.4.2; use one of 1.3.0, 1.2.0.`,
    });
  });

  it("refuses a schema name the contract does not have with UnknownSchema", () => {
    const validator = createSchemaValidator("1.2.0");
    expect(thrown(() => validator.validate("batch_jobb" as never, {}))).toMatchObject({
      name: "JobkitSpecError",
      code: "UnknownSchema",
    });
    expect(validator.validate("log_level", "info")).toEqual([]);
  });

  it("writes the prefix in one helper only", () => {
    const files = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter(
      (file) => /(?<!\.test)\.ts$/.test(file) && file !== "spec-error.ts",
    );
    expect(files.filter((file) => readFileSync(join(SRC, file), "utf8").includes(SPEC_PREFIX))).toEqual([]);
  });
});
