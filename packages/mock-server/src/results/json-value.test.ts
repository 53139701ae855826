import { DataCube, LabeledArray } from "@jobkit/processes";
import { describe, expect, it } from "vitest";
import { jsonOfValue } from "./json-value.js";

describe("jsonOfValue", () => {
  it("writes NaN and the infinities as bare literals, everywhere in the value", () => {
    expect(jsonOfValue([Number.NaN, { a: Number.POSITIVE_INFINITY }, Number.NEGATIVE_INFINITY, null])).toBe(
      '[NaN,{"a":Infinity},-Infinity,null]',
    );
  });

  it("writes strings as JSON, even ones that look like the literals", () => {
    expect(jsonOfValue(["NaN", 'a"b'])).toBe('["NaN","a\\"b"]');
  });

  it("writes a labeled array as an object by label, and a cube in openEO's JSON form", () => {
    expect(jsonOfValue(new LabeledArray(["B04", "B08"], [1, null]))).toBe('{"B04":1,"B08":null}');
    const cube = new DataCube(
      [{ name: "bands", type: "bands", labels: ["a", "b"] }],
      Float64Array.of(1, Number.NaN),
    );
    expect(JSON.parse(jsonOfValue(cube).replace(/NaN/g, "null"))).toMatchObject({
      type: "datacube",
      order: ["bands"],
      dimensions: { bands: { type: "bands", values: ["a", "b"] } },
      data: [1, null],
    });
  });
});
