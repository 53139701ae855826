import { describe, expect, it } from "vitest";
import { wellKnownPlaces } from "./discovery.js";

describe("wellKnownPlaces", () => {
  it("lists each path above the API root, nearest first, and the origin last", () => {
    expect(wellKnownPlaces("https://openeo.test/eo/openeo/1.2")).toEqual([
      "https://openeo.test/eo/openeo/.well-known/openeo",
      "https://openeo.test/eo/.well-known/openeo",
      "https://openeo.test/.well-known/openeo",
    ]);
    expect(wellKnownPlaces("https://openeo.test/openeo/1.2/")).toEqual([
      "https://openeo.test/openeo/.well-known/openeo",
      "https://openeo.test/.well-known/openeo",
    ]);
  });

  it("is the origin's alone for an API at the origin", () => {
    expect(wellKnownPlaces("https://openeo.test")).toEqual(["https://openeo.test/.well-known/openeo"]);
    expect(wellKnownPlaces("https://openeo.test/v1")).toEqual(["https://openeo.test/.well-known/openeo"]);
  });
});
