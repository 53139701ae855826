import { describe, expect, it } from "vitest";
import { type Callback, cubeToJson, DataCube, type Dimension, LabeledArray } from "../../src/index.js";
import { entryOf, runOne } from "./run-one.js";

const x: Dimension = { name: "x", type: "spatial", axis: "x", labels: [10, 20] };
const bands = (labels: string[]): Dimension => ({ name: "bands", type: "bands", labels });
/** A cube of bands × x (bands first, so the bands are not the fastest dimension). */
const sar = new DataCube([bands(["VV", "VH"]), x], new Float64Array([1, 2, 3, 4]));
const model: Callback = { kind: "callback", call: () => 0 };

function cubeResult(id: string, args: Parameters<typeof runOne>[1]) {
  const { value, warnings } = runOne(id, args);
  if (!(value instanceof DataCube)) throw new Error(`${id} returned no cube`);
  return { json: cubeToJson(value), warnings };
}

describe("the shape-only processes", () => {
  it("are declared shape-only", () => {
    for (const id of ["run_udf", "sar_backscatter", "cloud_detection", "fit_curve", "predict_curve"]) {
      expect(entryOf(id).fidelity).toBe("shape-only");
    }
  });

  it("run_udf passes its data through unchanged and says the UDF did not run", () => {
    const data = new LabeledArray(["a"], [1]);
    const { value, warnings } = runOne("run_udf", { data, udf: "def f(x): return x", runtime: "Python" });
    expect(value).toBe(data);
    expect(warnings).toEqual([
      "run_udf: UDFs are not executed by jobkit; the data passes through unchanged (no-data where one value is needed, as in a reducer).",
    ]);
    expect(() => runOne("run_udf", { data, udf: 1, runtime: "Python" })).toThrow(/run_udf: argument 'udf'/);
  });

  it("refuse an external service that is not an http(s) URL", () => {
    expect(() => runOne("run_udf_externally", { data: 1, url: "ftp://udf" })).toThrow(
      /absolute http\(s\) URL/,
    );
    expect(runOne("run_ogcapi_externally", { data: 2, url: "https://ogc", id: "p" }).value).toBe(2);
  });

  it("sar_backscatter adds the bands its options ask for, empty, after the input bands", () => {
    const { json, warnings } = cubeResult("sar_backscatter", {
      data: sar,
      mask: true,
      local_incidence_angle: true,
    });
    expect(json.dimensions.bands?.values).toEqual(["VV", "VH", "mask", "local_incidence_angle"]);
    expect(json.data).toEqual([
      [1, 2],
      [3, 4],
      [Number.NaN, Number.NaN],
      [Number.NaN, Number.NaN],
    ]);
    expect(warnings).toEqual([
      expect.stringMatching(/^sar_backscatter: backscatter is not computed by jobkit/),
    ]);
    expect(() => runOne("sar_backscatter", { data: sar, coefficient: "gamma0" })).toThrow(/'gamma0-terrain'/);
  });

  it("ard_normalized_radar_backscatter always adds mask and local_incidence_angle", () => {
    const { json } = cubeResult("ard_normalized_radar_backscatter", { data: sar, contributing_area: true });
    expect(json.dimensions.bands?.values).toEqual([
      "VV",
      "VH",
      "mask",
      "contributing_area",
      "local_incidence_angle",
    ]);
  });

  it("ard_surface_reflectance keeps the spectral bands and adds the required CARD4L bands", () => {
    const optical = new DataCube([x, bands(["B04"])], new Float64Array([5, 6]));
    const args = { data: optical, atmospheric_correction_method: "FORCE", cloud_detection_method: "Fmask" };
    const { json } = cubeResult("ard_surface_reflectance", args);
    expect(json.dimensions.bands?.values).toEqual([
      "B04",
      "incomplete-testing",
      "saturation",
      "cloud",
      "shadow",
    ]);
    expect((json.data as number[][]).map((row) => row[0])).toEqual([5, 6]);
  });

  it("cloud_detection replaces the bands by the disturbances its method reports, holding no-data", () => {
    const { json } = cubeResult("cloud_detection", { data: sar, method: "s2cloudless" });
    expect(json.order).toEqual(["bands", "x"]);
    expect(json.dimensions.bands?.values).toEqual(["cloud"]);
    expect(json.data).toEqual([[Number.NaN, Number.NaN]]);
    expect(cubeResult("cloud_detection", { data: sar, method: null }).json.dimensions.bands?.values).toEqual([
      "cloud",
      "shadow",
    ]);
  });

  it("refuse a cube without bands, an unknown elevation model and a result above the cell limit", () => {
    const noBands = new DataCube([x], new Float64Array(2));
    expect(() => runOne("atmospheric_correction", { data: noBands, method: null })).toThrow(
      /a bands dimension/,
    );
    const collections = { get: () => undefined };
    expect(() => runOne("sar_backscatter", { data: sar, elevation_model: "DEM" }, { collections })).toThrow(
      expect.objectContaining({ openeoCode: "DigitalElevationModelInvalid", status: 400 }),
    );
    expect(() => runOne("sar_backscatter", { data: sar, mask: true }, { maxCubeCells: 5 })).toThrow(
      expect.objectContaining({
        openeoCode: "CubeTooLarge",
        message: expect.stringMatching(/6 cells.*limit of 5/),
      }),
    );
  });

  it("fit_curve returns the initial guess, predict_curve empty predictions along the new dimension", () => {
    const data = new LabeledArray([1, 2], [3, 4]);
    expect(runOne("fit_curve", { data, parameters: [1, 0.5], function: model }).value).toEqual([1, 0.5]);
    const fitted = new DataCube(
      [x, { name: "coefficients", type: "other", labels: [0, 1] }],
      new Float64Array(4),
    );
    const labels = ["2020-01-01", "2020-02-01", "2020-03-01"];
    const args = { parameters: fitted, function: model, dimension: "t", labels };
    const { json, warnings } = cubeResult("predict_curve", args);
    expect(json.order).toEqual(["x", "t"]);
    expect(json.dimensions.t).toEqual({ type: "temporal", values: labels });
    expect(json.data).toEqual([Array(3).fill(Number.NaN), Array(3).fill(Number.NaN)]);
    expect(warnings).toEqual([
      "predict_curve: predictions are not computed by jobkit; the predicted values hold no-data.",
    ]);
  });
});
