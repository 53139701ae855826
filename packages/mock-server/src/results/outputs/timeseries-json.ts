import type { DataCube, Dimension } from "@jobkit/processes";
import { stridesOf } from "./cube-table.js";
import { dateText, isVectorCube, vectorLayout } from "./vector-layout.js";

/** The timeseries JSON of {@link timeseriesJson}: per date, per geometry, the band values (`null`: no data). */
export type TimeseriesJson = Record<string, (number | null)[][]>;

/**
 * A vector cube with a time dimension (the result of `aggregate_spatial` over a time series) as openEO's
 * geotrellis back-ends write it to JSON, and as the official Python client's `timeseries_json_to_pandas` reads it:
 * `{"<date>": [[<band values>] per geometry]}`, dates as RFC 3339 in UTC, no-data as `null`. Undefined for any
 * other cube, which keeps openEO's JSON form of a cube.
 */
export function timeseriesJson(cube: DataCube): TimeseriesJson | undefined {
  if (!isVectorCube(cube)) return undefined;
  const { geometry, time } = vectorLayout(cube, "JSON");
  if (time === undefined) return undefined;
  const bandAxis = cube.dimensions.findIndex((dimension) => dimension.type === "bands");
  if (cube.dimensions.length !== (bandAxis < 0 ? 2 : 3)) return undefined;
  const strides = stridesOf(cube);
  const count = (axis: number) => (cube.dimensions[axis] as Dimension).labels.length;
  const bands = bandAxis < 0 ? 1 : count(bandAxis);
  const valueAt = (t: number, g: number, b: number) => {
    const at = t * (strides[time] as number) + g * (strides[geometry] as number);
    const value = cube.values[at + (bandAxis < 0 ? 0 : b * (strides[bandAxis] as number))] as number;
    return Number.isNaN(value) ? null : value;
  };
  const series: TimeseriesJson = {};
  (cube.dimensions[time] as Dimension).labels.forEach((label, t) => {
    series[dateText(label, false)] = Array.from({ length: count(geometry) }, (_, g) =>
      Array.from({ length: bands }, (_, b) => valueAt(t, g, b)),
    );
  });
  return series;
}
