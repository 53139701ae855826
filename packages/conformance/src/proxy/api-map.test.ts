import { describe, expect, it } from "vitest";
import { createApiMap } from "./api-map.js";

describe("createApiMap", () => {
  it("locates requests under the bases the well-known document lists, with their api_version", () => {
    const map = createApiMap(new URL("http://backend.test/"));
    expect(map.locate("/jobs")).toEqual({ path: "/jobs", version: undefined });
    map.learnWellKnown({
      versions: [
        { url: "http://backend.test/openeo/1.2/", api_version: "1.2.0" },
        { url: "http://elsewhere.test/openeo/1.3", api_version: "1.3.0" },
      ],
    });
    expect(map.locate("/openeo/1.2/jobs/j-1")).toEqual({ path: "/jobs/j-1", version: "1.2.0" });
    expect(map.locate("/openeo/1.2")).toEqual({ path: "/", version: "1.2.0" });
    expect(map.locate("/.well-known/openeo")).toEqual({ path: "/.well-known/openeo", version: undefined });
    expect(map.versions()).toEqual(["1.2.0"]);
  });

  it("takes the version from the capabilities when discovery did not say it, and ignores other paths", () => {
    const map = createApiMap(new URL("http://backend.test/api"));
    expect(map.locate("/download/x")).toBeUndefined();
    map.learnCapabilities("/api/", { api_version: "1.2.0" });
    expect(map.locate("/api/jobs")).toEqual({ path: "/jobs", version: "1.2.0" });
  });
});
