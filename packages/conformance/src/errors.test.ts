import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CONFORMANCE_ERROR_CODES,
  CONFORMANCE_PREFIX,
  ConformanceError,
  ConformanceUsageError,
  TargetUnreachableError,
} from "./errors.js";
import * as publicApi from "./index.js";

const SRC = import.meta.dirname;
const cause = new Error("underlying");
const constructed: [abstract new (...args: never) => ConformanceError, ConformanceError][] = [
  [ConformanceError, new ConformanceError("UsageInvalid", "--only needs a name.", { cause })],
  [ConformanceUsageError, new ConformanceUsageError("--user and --password go together.", { cause })],
  [TargetUnreachableError, new TargetUnreachableError("GET / did not answer.", { cause })],
];

// The lint plugin lint/error-convention.grit keeps plain Error, TypeError and RangeError out of src/; the
// control-flow signals it allows (NoAnswer, RunTimeout, ScenarioStopped, ProbeTimeout, BudgetSpent) never leave
// the run, and none of them is exported.
describe("the kit's error convention", () => {
  it("has PascalCase codes", () => {
    for (const code of CONFORMANCE_ERROR_CODES) expect(code).toMatch(/^[A-Z][a-zA-Z]+$/);
  });

  it("gives every error class its own name, a listed code, one prefix and the cause", () => {
    for (const [type, error] of constructed) {
      expect(error).toBeInstanceOf(ConformanceError);
      expect(error.name).toBe(type.name);
      expect(CONFORMANCE_ERROR_CODES).toContain(error.code);
      expect(error.message.startsWith(`${CONFORMANCE_PREFIX} `)).toBe(true);
      expect(error.message.indexOf(CONFORMANCE_PREFIX, 1)).toBe(-1);
      expect(error.cause).toBe(cause);
    }
  });

  it("exports every error class and no control-flow signal", () => {
    for (const [type] of constructed) expect(Object.values(publicApi)).toContain(type);
    const exported = Object.keys(publicApi);
    for (const signal of ["NoAnswer", "RunTimeout", "ScenarioStopped", "ProbeTimeout", "BudgetSpent"])
      expect(exported).not.toContain(signal);
  });

  it("writes the prefix in one helper only", () => {
    const files = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter(
      (file) => /(?<!\.test)\.ts$/.test(file) && file !== "errors.ts",
    );
    expect(
      files.filter((file) => readFileSync(join(SRC, file), "utf8").includes(CONFORMANCE_PREFIX)),
    ).toEqual([]);
  });
});
