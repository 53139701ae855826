import { parquetMetadata, parquetReadObjects, parquetSchema } from "hyparquet";
import { describe, expect, it } from "vitest";
import { FIELDS, rasterCube, timeSeriesCube } from "../../../test/engine-cubes.js";
import { encodeGeoParquet, GEOPARQUET_VERSION } from "./geoparquet.js";

const arrayBuffer = (bytes: Uint8Array<ArrayBuffer>) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);

describe("encodeGeoParquet", () => {
  it("writes one row per date and geometry: date, feature_index, one column per band and a WKB geometry", async () => {
    const cube = timeSeriesCube(["B04", "B08"]);
    const file = arrayBuffer(encodeGeoParquet(cube, {}));
    const metadata = parquetMetadata(file);
    expect(parquetSchema(metadata).children.map((column) => column.element.name)).toEqual([
      "date",
      "feature_index",
      "B04",
      "B08",
      "geometry",
    ]);
    const rows = await parquetReadObjects({ file, metadata });
    const dates = cube.dimensions[1]?.labels as string[];
    expect(rows).toHaveLength(dates.length * FIELDS.features.length);
    const value = (offset: number) => (Number.isNaN(cube.values[offset]) ? null : cube.values[offset]);
    const expected = dates.flatMap((date, t) =>
      FIELDS.features.map((feature, g) => ({
        date,
        feature_index: g,
        B04: value((g * dates.length + t) * 2),
        B08: value((g * dates.length + t) * 2 + 1),
        geometry: feature.geometry,
      })),
    );
    expect(rows).toEqual(expected);
  });

  it("describes the geometry column in the geo file metadata of GeoParquet 1.x (WKB, types, bbox, CRS84)", () => {
    const metadata = parquetMetadata(arrayBuffer(encodeGeoParquet(timeSeriesCube(["B04"], true), {})));
    const geo = JSON.parse(metadata.key_value_metadata?.find(({ key }) => key === "geo")?.value ?? "null");
    expect(geo).toEqual({
      version: GEOPARQUET_VERSION,
      primary_column: "geometry",
      columns: {
        geometry: {
          encoding: "WKB",
          geometry_types: ["Polygon", "Point"],
          bbox: [5.001, 51.201, 6.001, 52.001],
        },
      },
    });
    expect(metadata.num_rows).toBe(BigInt(FIELDS.features.length));
  });

  it("refuses a raster cube with FormatUnsuitable", () => {
    expect(() => encodeGeoParquet(rasterCube(), {})).toThrow(
      expect.objectContaining({ code: "FormatUnsuitable", message: expect.stringContaining("GeoParquet") }),
    );
  });
});
