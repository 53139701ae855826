import { type ProcessDefinition, withoutProse } from "@jobkit/processes";
import { describe, expect, it } from "vitest";
import { compareProcess, officialCubesAlike } from "./compare-process.js";

const official: ProcessDefinition = {
  id: "clip",
  categories: ["math"],
  experimental: false,
  deprecated: false,
  parameters: [
    { name: "x", schema: { type: ["number", "null"] } },
    { name: "min", schema: { type: "number" } },
    { name: "max", schema: { type: "number" }, optional: true, default: 1 },
  ],
  returns: { schema: { type: ["number", "null"] } },
  exceptions: {},
};

/** The official definition as a back-end lists it, with prose. */
const listed = () => ({
  id: "clip",
  description: "Clips a number.",
  parameters: official.parameters.map((parameter) => ({
    ...parameter,
    description: `The ${parameter.name}.`,
    schema: { ...parameter.schema, title: "A number" },
  })),
  returns: { description: "The clipped value.", schema: { type: ["number", "null"] } },
});

describe("compareProcess", () => {
  it("finds no difference in the official definition with its prose", () => {
    expect(compareProcess(listed(), official, withoutProse)).toEqual([]);
  });

  it("allows leaving out a parameter with a default, not one without", () => {
    const process = listed();
    expect(
      compareProcess({ ...process, parameters: process.parameters.slice(0, 2) }, official, withoutProse),
    ).toEqual([]);
    expect(
      compareProcess({ ...process, parameters: process.parameters.slice(0, 1) }, official, withoutProse),
    ).toEqual(["clip leaves out parameter min, which has no default"]);
  });

  it("allows an added parameter with a default, not one without", () => {
    const process = listed();
    const added = (extra: Record<string, unknown>) => ({
      ...process,
      parameters: [...process.parameters, extra],
    });
    expect(compareProcess(added({ name: "y", schema: {}, default: 0 }), official, withoutProse)).toEqual([]);
    expect(compareProcess(added({ name: "y", schema: {} }), official, withoutProse)).toEqual([
      "clip adds parameter y without a default",
    ]);
  });

  it("reports a renamed parameter, another optional flag, another schema and another return", () => {
    const process = listed();
    const [x, min, max] = process.parameters as unknown as Record<string, unknown>[];
    const changed = {
      ...process,
      parameters: [
        { ...x, name: "value" },
        { ...min, optional: true },
        { ...max, schema: { type: "integer" } },
      ],
      returns: { schema: { type: "number" } },
    };
    expect(compareProcess(changed, official, withoutProse)).toEqual([
      "clip has parameter value where the official one is x",
      "clip: parameter min is optional, officially required",
      "clip: the schema of parameter max differs from the official one",
      "clip: the return schema differs from the official one",
    ]);
  });

  it("asks for the experimental and deprecated flags the official process has", () => {
    const flagged = { ...official, experimental: true, deprecated: true };
    expect(compareProcess(listed(), flagged, withoutProse)).toEqual([
      "clip is not marked experimental",
      "clip is not marked deprecated",
    ]);
    expect(
      compareProcess({ ...listed(), experimental: true, deprecated: true }, flagged, withoutProse),
    ).toEqual([]);
  });
});

describe("compareProcess with data cubes", () => {
  const cubeProcess: ProcessDefinition = {
    ...official,
    id: "reduce",
    parameters: [
      { name: "data", schema: { type: "object", subtype: "datacube", dimensions: [{ type: "temporal" }] } },
    ],
    returns: { schema: { type: "object", subtype: "datacube" } },
  };

  it("takes openeo-processes 1.x's raster-cube for 2.0's datacube", () => {
    const listed = {
      parameters: [{ name: "data", schema: { type: "object", subtype: "raster-cube" } }],
      returns: { schema: { type: "object", subtype: "raster-cube" } },
    };
    expect(compareProcess(listed, cubeProcess, withoutProse)).toEqual([]);
  });

  it("still tells a data cube from any value", () => {
    const listed = { parameters: [{ name: "data", schema: {} }], returns: { schema: { type: "boolean" } } };
    expect(compareProcess(listed, cubeProcess, withoutProse)).toEqual([
      "reduce: the schema of parameter data differs from the official one",
      "reduce: the return schema differs from the official one",
    ]);
  });
});

describe("officialCubesAlike (made once per official schema)", () => {
  const schema = () => ({
    anyOf: [{ type: "object", subtype: "raster-cube", dimensions: [{ type: "spatial" }] }, { type: "null" }],
  });

  it("gives what an uncached comparison gives, and the same value again for the same schema", () => {
    const official = schema();
    const first = officialCubesAlike(official);
    expect(first).toEqual({ anyOf: [{ type: "object", subtype: "datacube" }, { type: "null" }] });
    expect(officialCubesAlike(official)).toBe(first);
    expect(officialCubesAlike(true)).toBe(true);
    expect(official).toEqual(schema());
  });

  it("keeps no verdict of one comparison for the next: only the official side is kept, per schema object", () => {
    const cube: ProcessDefinition = {
      ...official,
      id: "reduce",
      parameters: [{ name: "data", schema: schema() }],
      returns: { schema: { type: "boolean" } },
    };
    const matching = {
      parameters: [{ name: "data", schema: schema() }],
      returns: { schema: { type: "boolean" } },
    };
    expect(compareProcess(matching, cube, withoutProse)).toEqual([]);
    const changed = { ...matching, parameters: [{ name: "data", schema: { type: "string" } }] };
    expect(compareProcess(changed, cube, withoutProse)).toEqual([
      "reduce: the schema of parameter data differs from the official one",
    ]);
    const otherOfficial = { ...cube, parameters: [{ name: "data", schema: { type: "string" } }] };
    expect(compareProcess(changed, otherOfficial, withoutProse)).toEqual([]);
    expect(compareProcess(matching, cube, withoutProse)).toEqual([]);
  });
});
