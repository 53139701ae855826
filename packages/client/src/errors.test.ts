import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "./cli/usage-error.js";
import {
  AuthenticationError,
  CLIENT_ERROR_CODES,
  CLIENT_PREFIX,
  JobFailedError,
  JobkitClientError,
  OpenEOApiError,
} from "./errors.js";
import * as publicApi from "./index.js";

const SRC = import.meta.dirname;
const cause = new Error("underlying");
const constructed: [abstract new (...args: never) => JobkitClientError, JobkitClientError][] = [
  [JobkitClientError, new JobkitClientError("NetworkError", "GET http://h/ failed.", { cause })],
  [JobFailedError, new JobFailedError("j-1", [{ id: "1", level: "error", message: "boom" }])],
  [AuthenticationError, new AuthenticationError("AccessDenied", "access_denied", undefined, "device login")],
  [UsageError, new UsageError("--user and --password go together")],
];

// The lint plugin lint/error-convention.grit keeps plain Error, TypeError and RangeError out of src/.
describe("the client's error convention", () => {
  it("has PascalCase codes", () => {
    for (const code of CLIENT_ERROR_CODES) expect(code).toMatch(/^[A-Z][a-zA-Z]+$/);
  });

  it("gives every error class its own name, a listed code and one prefix", () => {
    for (const [type, error] of constructed) {
      expect(error).toBeInstanceOf(JobkitClientError);
      expect(error.name).toBe(type.name);
      expect(CLIENT_ERROR_CODES).toContain(error.code);
      expect(error.message.startsWith(`${CLIENT_PREFIX} `)).toBe(true);
      expect(error.message.indexOf(CLIENT_PREFIX, 1)).toBe(-1);
    }
    expect(constructed[0]?.[1].cause).toBe(cause);
  });

  it("gives the back-end's errors the same name and prefix, with the back-end's code", () => {
    const error = new OpenEOApiError({
      status: 404,
      code: "JobNotFound",
      message: "No job j-1.",
      url: "http://h/",
    });
    expect([error.name, error.code]).toEqual(["OpenEOApiError", "JobNotFound"]);
    expect(error.message).toBe(`${CLIENT_PREFIX} 404 JobNotFound: No job j-1. (http://h/)`);
  });

  it("exports every library error class; the CLI's UsageError stays inside", () => {
    const exported = Object.values(publicApi);
    for (const [type] of constructed.filter(([type]) => type !== UsageError))
      expect(exported).toContain(type);
    expect(exported).toContain(OpenEOApiError);
    expect(exported).not.toContain(UsageError);
  });

  it("writes the prefix in one helper only", () => {
    const files = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter(
      (file) => /(?<!\.test)\.ts$/.test(file) && file !== "errors.ts",
    );
    expect(files.filter((file) => readFileSync(join(SRC, file), "utf8").includes(CLIENT_PREFIX))).toEqual([]);
  });
});
