import { describe, expect, it } from "vitest";
import { globMatcher } from "./glob.js";

describe("globMatcher", () => {
  it("matches exact paths, * within a segment and ** across segments", () => {
    expect(globMatcher("/jobs")("/jobs")).toBe(true);
    expect(globMatcher("/jobs")("/jobs/1")).toBe(false);
    const oneSegment = globMatcher("/jobs/*/results");
    expect(oneSegment("/jobs/j-1/results")).toBe(true);
    expect(oneSegment("/jobs/a/b/results")).toBe(false);
    expect(globMatcher("/download/**")("/download/j/1/sig/result.tif")).toBe(true);
    expect(globMatcher("/jobs.*")("/jobsX1")).toBe(false);
  });
});
