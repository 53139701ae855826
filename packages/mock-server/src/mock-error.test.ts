import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as publicApi from "./index.js";
import {
  ConnectionResetError,
  FaultInvalidError,
  JobkitMockError,
  MOCK_ERROR_CODES,
  MOCK_PREFIX,
  MockCatalogError,
  MockOptionsError,
} from "./mock-error.js";

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
const constructed: [abstract new (...args: never) => JobkitMockError, JobkitMockError][] = [
  [JobkitMockError, new JobkitMockError("JsonPointerInvalid", "bad pointer.", { cause })],
  [MockOptionsError, new MockOptionsError("seed must be an integer.", { cause })],
  [FaultInvalidError, new FaultInvalidError("match must be an object.")],
  [ConnectionResetError, new ConnectionResetError()],
  [MockCatalogError, new MockCatalogError(["catalog.json: id: missing"], { cause })],
];

// The lint plugin lint/error-convention.grit keeps plain Error, TypeError and RangeError out of src/.
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

  it("writes the prefix in one helper only", () => {
    expect(filesContaining(MOCK_PREFIX, "mock-error.ts")).toEqual([]);
  });
});
