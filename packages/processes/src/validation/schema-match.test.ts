import { describe, expect, it } from "vitest";
import { DataCube } from "../cube/data-cube.js";
import { LabeledArray } from "../labeled-array.js";
import { schemaMismatch } from "./schema-match.js";
import { schemasOverlap } from "./schema-overlap.js";

const untyped = () => undefined;
const cube = new DataCube([], new Float64Array(1));

describe("schemaMismatch", () => {
  it("follows JSON Schema's keywords on numbers, strings, arrays and objects", () => {
    expect(schemaMismatch(3, { type: "integer", minimum: 0, maximum: 5 }, untyped)).toBeUndefined();
    expect(schemaMismatch(3.5, { type: "integer" }, untyped)).toBe("expected integer, got the number 3.5");
    expect(schemaMismatch("b", { type: "string", enum: ["a"] }, untyped)).toBe('must be one of ["a"]');
    expect(schemaMismatch("P1D", { type: "string", subtype: "duration" }, untyped)).toBeUndefined();
    expect(schemaMismatch("1 day", { type: "string", subtype: "duration" }, untyped)).toMatch(/^must match /);
    expect(schemaMismatch("a/b.tif", { type: "string", subtype: "file-path" }, untyped)).toBeUndefined();
    expect(schemaMismatch("a:b", { type: "string", subtype: "file-path" }, untyped)).toMatch(/^must match /);
    expect(schemaMismatch([1, 1], { type: "array", uniqueItems: true }, untyped)).toBe(
      "must have distinct items",
    );
    expect(schemaMismatch({ a: 1 }, { type: "object", additionalProperties: false }, untyped)).toBe(
      "has member 'a', which is not allowed",
    );
    expect(schemaMismatch(0, { type: "number", not: { const: 0 } }, untyped)).toBe('must not be {"const":0}');
  });

  it("leaves the range of a number to the process, as the official process tests expect", () => {
    expect(schemaMismatch(2, { type: ["number", "null"], minimum: -1, maximum: 1 }, untyped)).toBeUndefined();
    expect(schemaMismatch(0, { type: "number", exclusiveMinimum: 0 }, untyped)).toBeUndefined();
    expect(schemaMismatch(-1, { type: "integer", minimum: 0 }, untyped)).toBeUndefined();
  });

  it("ignores keywords JSON Schema does not define, such as openEO's minimumExclusive and dimensions", () => {
    expect(
      schemaMismatch(2, { type: "number", minimumExclusive: -1, maximumExclusive: 1 }, untyped),
    ).toBeUndefined();
    const withBands = { type: "object", subtype: "datacube", dimensions: [{ type: "bands" }] };
    expect(schemaMismatch(cube, withBands, untyped)).toBeUndefined();
  });

  it("reads labeled arrays as arrays and cubes only where a cube or any object is asked", () => {
    expect(
      schemaMismatch(new LabeledArray(["a"], [1]), { type: "array", items: { type: "number" } }, untyped),
    ).toBe(undefined);
    expect(schemaMismatch(cube, { type: "object" }, untyped)).toBeUndefined();
    expect(schemaMismatch(cube, { type: "object", required: ["west"] }, untyped)).toMatch(
      /^expected object, got a data cube/,
    );
  });

  it("types references: by a value, by a schema, or accepts them when unknown", () => {
    const reference = { from_node: "n" };
    expect(schemaMismatch(reference, { type: "number" }, () => ({ value: "x" }))).toMatch(/^expected number/);
    expect(
      schemaMismatch(reference, { type: "number" }, () => ({ schema: { type: "integer" } })),
    ).toBeUndefined();
    expect(schemaMismatch(reference, { type: "number" }, () => ({ schema: { type: "string" } }))).toMatch(
      /^expected number, got the result of node 'n'/,
    );
    expect(schemaMismatch(reference, { type: "number" }, untyped)).toBeUndefined();
  });
});

describe("schemasOverlap", () => {
  it("meets on shared kinds; any object meets every object subtype; cube subtypes meet each other", () => {
    expect(schemasOverlap({ type: ["number", "null"] }, { type: "integer" })).toBe(true);
    expect(
      schemasOverlap({ type: "object", subtype: "raster-cube" }, { type: "object", subtype: "datacube" }),
    ).toBe(true);
    expect(schemasOverlap({ type: "object" }, { type: "object", subtype: "datacube" })).toBe(true);
    expect(
      schemasOverlap({ type: "object", subtype: "bounding-box" }, { type: "object", subtype: "datacube" }),
    ).toBe(false);
    expect(schemasOverlap({ type: "string" }, [{ type: "number" }, { anyOf: [{ type: "string" }] }])).toBe(
      true,
    );
    expect(schemasOverlap({}, { type: "number" })).toBe(true);
  });
});
