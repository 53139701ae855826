import { DataCube } from "@jobkit/processes";
import { beforeAll, describe, expect, it } from "vitest";
import { engine } from "../processes/compute-value.js";
import { findOutputFormat, type OutputFormat } from "./formats.js";
import { MAX_JSON_CELLS, renderResults } from "./render-results.js";

const json = findOutputFormat("JSON") as OutputFormat;
const cube = (cells: number) =>
  new DataCube(
    [{ name: "bands", type: "bands", labels: Array.from({ length: cells }, (_, i) => `b${i}`) }],
    new Float64Array(cells),
  );

describe("renderResults as JSON", () => {
  beforeAll(async () => {
    await engine.load();
  });

  it("writes openEO's JSON form of a cube, no-data as null", () => {
    const data = new DataCube(cube(2).dimensions, Float64Array.of(Number.NaN, 1));
    const [file] = renderResults([{ data, format: json, options: {} }], { bbox: [0, 0, 1, 1] });
    const written = JSON.parse(new TextDecoder().decode(file?.bytes));
    expect(written).toMatchObject({ type: "datacube", order: ["bands"], data: [null, 1] });
  });

  it("refuses a cube too large for one JSON text with FormatUnsuitable, naming the formats to use", () => {
    const saves = [{ data: cube(MAX_JSON_CELLS + 1), format: json, options: {} }];
    expect(() => renderResults(saves, { bbox: [0, 0, 1, 1] })).toThrow(
      expect.objectContaining({
        code: "FormatUnsuitable",
        message: expect.stringMatching(/save it as netCDF or GTiff/),
      }),
    );
  });
});
