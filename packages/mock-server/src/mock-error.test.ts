import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as publicApi from "./index.js";
import {
  ConnectionResetError,
  FaultInvalidError,
  JobkitMockError,
  MOCK_ERROR_CODES,
  MOCK_PREFIX,
  MockOptionsError,
} from "./mock-error.js";

const SRC = import.meta.dirname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Files whose lines match, as `file:line`. */
function linesMatching(pattern: RegExp, except: string[] = []): string[] {
  return sources(SRC).flatMap((path) => {
    const file = relative(SRC, path);
    if (except.includes(file)) return [];
    return readFileSync(path, "utf8")
      .split("\n")
      .flatMap((line, index) => (pattern.test(line) ? [`${file}:${index + 1}`] : []));
  });
}

const cause = new Error("underlying");
const constructed: [abstract new (...args: never) => JobkitMockError, JobkitMockError][] = [
  [JobkitMockError, new JobkitMockError("JsonPointerInvalid", "bad pointer.", { cause })],
  [MockOptionsError, new MockOptionsError("seed must be an integer.", { cause })],
  [FaultInvalidError, new FaultInvalidError("match must be an object.")],
  [ConnectionResetError, new ConnectionResetError()],
];

describe("the mock's error convention", () => {
  it("has PascalCase codes", () => {
    for (const code of MOCK_ERROR_CODES) expect(code).toMatch(/^[A-Z][a-zA-Z]+$/);
  });

  it("gives every error class its own name, a listed code and one prefix", () => {
    for (const [type, error] of constructed) {
      expect(error).toBeInstanceOf(JobkitMockError);
      expect(error.name).toBe(type.name);
      expect(MOCK_ERROR_CODES).toContain(error.code);
      expect(error.message.startsWith(`${MOCK_PREFIX} `)).toBe(true);
      expect(error.message.indexOf(MOCK_PREFIX, 1)).toBe(-1);
    }
  });

  it("keeps the cause", () => {
    expect(constructed[0]?.[1].cause).toBe(cause);
    expect(constructed[1]?.[1].cause).toBe(cause);
  });

  it("exports every error class from the package's door", () => {
    for (const [type] of constructed) expect(Object.values(publicApi)).toContain(type);
  });

  it("throws no plain Error, TypeError or RangeError", () => {
    expect(
      linesMatching(/throw new (Type|Range|Syntax)?Error\(|new (Type|Range|Syntax)?Error\(`?["'`]/),
    ).toEqual([]);
  });

  it("derives every in-process error class from JobkitMockError", () => {
    // The HTTP side speaks openEO (OpenEOError) or OAuth (OAuthError) error bodies, never an in-process code.
    const allowed = ["internal/openeo-error.ts:", "oidc/oauth-error.ts:", "mock-error.ts:"];
    const classes = linesMatching(/class \w+ extends \w*Error\b/).filter(
      (at) => !allowed.some((prefix) => at.startsWith(prefix)),
    );
    expect(classes).toEqual([]);
  });

  it("writes the prefix in one helper only", () => {
    expect(linesMatching(/jobkit-mock:/, ["mock-error.ts"])).toEqual([]);
  });
});
