import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as publicApi from "./index.js";
import {
  JobkitProcessesError,
  PROCESSES_ERROR_CODES,
  PROCESSES_PREFIX,
  ProcessFailedError,
  ProcessGraphRejectedError,
} from "./processes-error.js";

const SRC = import.meta.dirname;

/** Source files (not tests) other than `except` that contain `text`. */
function filesContaining(text: string, except: string): string[] {
  const files = readdirSync(SRC, { recursive: true, encoding: "utf8" });
  return files.filter(
    (file) =>
      /(?<!\.test)\.ts$/.test(file) &&
      file !== except &&
      readFileSync(join(SRC, file), "utf8").includes(text),
  );
}

const cause = new Error("underlying");
const facts = { openeoCode: "ProcessParameterInvalid", status: 400, pointer: "/process_graph/a/arguments/x" };
const constructed: [abstract new (...args: never) => JobkitProcessesError, JobkitProcessesError][] = [
  [JobkitProcessesError, new JobkitProcessesError("ProcessFailed", facts, "it failed.", { cause })],
  [ProcessGraphRejectedError, new ProcessGraphRejectedError(facts, "x must be a number.", { cause })],
  [
    ProcessFailedError,
    new ProcessFailedError({ ...facts, openeoCode: "DivisionByZero" }, "division by zero."),
  ],
];

// The lint plugin lint/error-convention.grit keeps plain Error, TypeError and RangeError out of src/.
describe("the processes package's error convention", () => {
  it("has PascalCase codes", () => {
    for (const code of PROCESSES_ERROR_CODES) expect(code).toMatch(/^[A-Z][a-zA-Z]+$/);
  });

  it("gives every error class its own name, a listed code, one prefix and its openEO facts", () => {
    for (const [type, error] of constructed) {
      expect(error).toBeInstanceOf(JobkitProcessesError);
      expect(error.name).toBe(type.name);
      expect(PROCESSES_ERROR_CODES).toContain(error.code);
      expect(error.message.startsWith(`${PROCESSES_PREFIX} `)).toBe(true);
      expect(error.message.indexOf(PROCESSES_PREFIX, 1)).toBe(-1);
      expect(error.openeoCode).toMatch(/^[A-Z][a-zA-Z]+$/);
      expect(error.pointer).toBe(facts.pointer);
    }
  });

  it("keeps the cause", () => {
    expect(constructed[0]?.[1].cause).toBe(cause);
    expect(constructed[1]?.[1].cause).toBe(cause);
  });

  it("exports every error class from the package's door", () => {
    for (const [type] of constructed) expect(Object.values(publicApi)).toContain(type);
  });

  it("writes the prefix in one helper only", () => {
    expect(filesContaining(PROCESSES_PREFIX, "processes-error.ts")).toEqual([]);
  });
});
