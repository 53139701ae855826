import { describe, expect, it } from "vitest";
import { upstreamTarget } from "./upstream-target.js";

const upstream = new URL("http://127.0.0.1:8080/openeo/1.2");

describe("upstreamTarget", () => {
  it.each([
    ["/openeo/1.2/jobs?limit=1", "http://127.0.0.1:8080/openeo/1.2/jobs?limit=1"],
    ["//evil.test/x", "http://127.0.0.1:8080//evil.test/x"],
    ["/\\evil.test/x", "http://127.0.0.1:8080//evil.test/x"],
    ["http://evil.test:9/steal?q=1", "http://127.0.0.1:8080/steal?q=1"],
    ["/@evil.test/x", "http://127.0.0.1:8080/@evil.test/x"],
  ])("sends %s to the upstream's origin", (target, expected) => {
    expect(upstreamTarget(target, upstream)?.href).toBe(expected);
  });

  it.each(["*", "evil.test:443", ""])("refuses the target %j", (target) => {
    expect(upstreamTarget(target, upstream)).toBeUndefined();
  });
});
