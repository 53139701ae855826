import type { Point } from "../../cube/crs.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import type { Geometry } from "../../cube/vector-cube.js";

/**
 * The vector cube of sampled points: grouped, one MultiPoint per source geometry under its label; otherwise one
 * Point per sample, labelled 0, 1, 2, ... Only the geometry dimension is kept (the cells are no-data).
 */
export function pointsCube(dimension: Dimension, samples: readonly Point[][], group: boolean): DataCube {
  const geometries: Geometry[] = group
    ? samples.map((points) => ({ type: "MultiPoint", coordinates: points }))
    : samples.flat().map((point) => ({ type: "Point", coordinates: point }));
  const labels = group ? dimension.labels : geometries.map((_, index) => index);
  const values = new Float64Array(geometries.length).fill(Number.NaN);
  return new DataCube([{ ...dimension, labels, geometries }], values);
}
