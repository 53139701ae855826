import type { DataCube } from "@jobkit/processes";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { FIELDS, rasterCube, timeSeriesCube } from "../../../test/engine-cubes.js";
import { encodeCsv } from "./csv.js";

const decoder = new TextDecoder();

/** The CSV read back by csv-parse: a header and records of text cells. */
function readCsv(bytes: Uint8Array): string[][] {
  return parse(decoder.decode(bytes)) as string[][];
}

/** The cube's value at label indices `at` (one per dimension), `""` for no data as CSV writes it. */
function cell(cube: DataCube, at: number[]): string {
  let offset = 0;
  cube.dimensions.forEach((dimension, d) => {
    offset = offset * dimension.labels.length + (at[d] as number);
  });
  const value = cube.values[offset] as number;
  return Number.isNaN(value) ? "" : String(value);
}

describe("encodeCsv", () => {
  it("writes aggregate_spatial's time series as date,feature_index,<band>: one row per date and geometry", () => {
    const cube = timeSeriesCube(["B04", "B08"]);
    const [header, ...rows] = readCsv(encodeCsv(cube, {}));
    expect(header).toEqual(["date", "feature_index", "B04", "B08"]);
    const dates = cube.dimensions[1]?.labels as string[];
    expect(rows).toHaveLength(dates.length * FIELDS.features.length);
    const expected = dates.flatMap((date, t) =>
      FIELDS.features.map((_, g) => [
        new Date(date).toISOString(),
        String(g),
        cell(cube, [g, t, 0]),
        cell(cube, [g, t, 1]),
      ]),
    );
    expect(rows).toEqual(expected);
    expect(rows.filter((row) => row[1] === "2").every((row) => row[2] === "" && row[3] === "")).toBe(true);
    expect(rows.filter((row) => row[1] === "0").every((row) => Number(row[2]) > 0)).toBe(true);
  });

  it("leaves out the date column when the cube has no time dimension", () => {
    const cube = timeSeriesCube(["B04"], true);
    const [header, ...rows] = readCsv(encodeCsv(cube, {}));
    expect(header).toEqual(["feature_index", "B04"]);
    expect(rows).toEqual(FIELDS.features.map((_, g) => [String(g), cell(cube, [g, 0])]));
  });

  it("writes a raster cube with one row per cell: t,y,x then one column per band", () => {
    const cube = rasterCube(["B04", "B08", "B11"]);
    const [header, ...rows] = readCsv(encodeCsv(cube, {}));
    expect(header).toEqual(["t", "y", "x", "B04", "B08", "B11"]);
    const [t, , y, x] = cube.dimensions.map((dimension) => dimension.labels);
    expect(rows).toHaveLength((t?.length ?? 0) * (y?.length ?? 0) * (x?.length ?? 0));
    const at = [1, 17, 33];
    const row =
      rows[
        (at[0] as number) * (y?.length ?? 0) * (x?.length ?? 0) +
          (at[1] as number) * (x?.length ?? 0) +
          (at[2] as number)
      ];
    expect(row).toEqual([
      new Date(t?.[1] as string).toISOString(),
      String(y?.[17]),
      String(x?.[33]),
      ...[0, 1, 2].map((b) => cell(cube, [1, b, 17, 33])),
    ]);
  });
});
