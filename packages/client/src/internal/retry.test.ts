import { describe, expect, it } from "vitest";
import { backoffDelay, parseRetryAfter, resolveRetry } from "./retry.js";

describe("parseRetryAfter", () => {
  it("reads delta seconds", () => expect(parseRetryAfter("3")).toBe(3000));
  it("reads an HTTP date relative to now", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:05 GMT", now)).toBe(5000);
  });
  it("ignores absent and invalid values", () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});

describe("backoffDelay", () => {
  const policy = resolveRetry({ minDelayMs: 100, maxDelayMs: 1000 });
  it("grows exponentially with jitter between half and the full ceiling", () => {
    expect(backoffDelay(0, policy, () => 0)).toBe(50);
    expect(backoffDelay(0, policy, () => 1)).toBe(100);
    expect(backoffDelay(2, policy, () => 0.5)).toBe(300);
  });
  it("never exceeds maxDelayMs", () => expect(backoffDelay(20, policy, () => 1)).toBe(1000));
  it("retry: false means no retries", () => expect(resolveRetry(false).retries).toBe(0));
});
