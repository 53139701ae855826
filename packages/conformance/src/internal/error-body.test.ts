import { describe, expect, it } from "vitest";
import { isErrorObject, isJobFailure } from "./error-body.js";

describe("isErrorObject", () => {
  it("is openEO's error object: a string code and message", () => {
    expect(isErrorObject({ code: "JobNotFound", message: "no such job" })).toBe(true);
    expect(isErrorObject({ message: "no code" })).toBe(false);
    expect(isErrorObject({ code: 404, message: "numeric code" })).toBe(false);
    expect(isErrorObject("text")).toBe(false);
    expect(isErrorObject(undefined)).toBe(false);
  });
});

describe("isJobFailure", () => {
  it("takes the API document's log entry (level, message; no code) or an error object", () => {
    expect(isJobFailure({ id: "1", level: "error", message: "the collection is unknown" })).toBe(true);
    expect(isJobFailure({ code: "CollectionNotFound", message: "the collection is unknown" })).toBe(true);
    expect(isJobFailure({ level: "error" })).toBe(false);
    expect(isJobFailure(null)).toBe(false);
  });
});
