import { LOG_LEVELS } from "@jobkit/spec";
import { describe, expect, it } from "vitest";
import { LEVELS, logLevel } from "./parse-arguments.js";

describe("logLevel", () => {
  it("knows the contract's log levels, in its order", () => {
    expect(LEVELS).toEqual(LOG_LEVELS);
  });

  it("accepts each of them and refuses anything else with the list", () => {
    for (const level of LOG_LEVELS) expect(logLevel(level, "level")).toBe(level);
    expect(() => logLevel("verbose", "level")).toThrow("--level must be one of error, warning, info, debug");
  });
});
