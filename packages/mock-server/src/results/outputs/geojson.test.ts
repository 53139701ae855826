import { describe, expect, it } from "vitest";
import { FIELDS, rasterCube, timeSeriesCube } from "../../../test/engine-cubes.js";
import { encodeGeoJson } from "./geojson.js";

interface Collection {
  type: string;
  features: { type: string; id: number; geometry: unknown; properties: Record<string, number | null> }[];
}

const read = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as Collection;
const valueAt = (values: Float64Array, offset: number) =>
  Number.isNaN(values[offset]) ? null : (values[offset] as number);

describe("encodeGeoJson", () => {
  it("writes one Feature per geometry with a <date>~<band> property per date and band, as openeo-python-driver", () => {
    const cube = timeSeriesCube(["B04", "B08"]);
    const body = read(encodeGeoJson(cube, {}));
    expect(body.type).toBe("FeatureCollection");
    expect(body.features.map((feature) => feature.geometry)).toEqual(FIELDS.features.map((f) => f.geometry));
    expect(body.features.map((feature) => feature.id)).toEqual([0, 1, 2]);
    const dates = cube.dimensions[1]?.labels as string[];
    body.features.forEach((feature, g) => {
      const expected = dates.flatMap((date, t) =>
        ["B04", "B08"].map((band, b) => [
          `${date}~${band}`,
          valueAt(cube.values, (g * dates.length + t) * 2 + b),
        ]),
      );
      expect(feature.properties).toEqual(Object.fromEntries(expected));
    });
    expect(Object.values(body.features[2]?.properties ?? {}).every((value) => value === null)).toBe(true);
  });

  it("names properties by band alone without a time dimension, and puts flatten_prefix first", () => {
    const cube = timeSeriesCube(["B04", "B08"], true);
    expect(read(encodeGeoJson(cube, {})).features[0]?.properties).toEqual({
      B04: cube.values[0],
      B08: cube.values[1],
    });
    expect(
      Object.keys(read(encodeGeoJson(cube, { flatten_prefix: "ndvi" })).features[1]?.properties ?? {}),
    ).toEqual(["ndvi~B04", "ndvi~B08"]);
  });

  it("refuses a raster cube (FormatUnsuitable) and a flatten_prefix that is not a string", () => {
    expect(() => encodeGeoJson(rasterCube(), {})).toThrow(
      expect.objectContaining({ code: "FormatUnsuitable" }),
    );
    expect(() => encodeGeoJson(timeSeriesCube(), { flatten_prefix: 3 })).toThrow(
      expect.objectContaining({
        code: "ProcessParameterInvalid",
        message: expect.stringContaining("flatten_prefix"),
      }),
    );
  });
});
