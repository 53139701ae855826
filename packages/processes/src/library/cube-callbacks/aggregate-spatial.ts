import { callbackArgument } from "../../cube/callback-argument.js";
import { cellReducer } from "../../cube/cell-reducer.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { assertCubeCells } from "../../cube/cube-index.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import { geometriesArgument } from "../../cube/geometries-argument.js";
import { geometryPixels } from "../../cube/geometry-pixels.js";
import { keptBases, reduceOffsetGroups } from "../../cube/kept-bases.js";
import { planeOf } from "../../cube/plane-offsets.js";
import { spatialAxes } from "../../cube/spatial-axes.js";
import { defineProcess } from "../../process-entry.js";
import { ProcessFailedError } from "../../processes-error.js";

const ID = "aggregate_spatial";

/** The three values per geometry when `target_dimension` is set: the reduced value, all pixels, valid pixels. */
function withCounts(
  cells: Float64Array,
  reduced: Float64Array,
  groups: readonly (readonly number[])[],
  bases: readonly number[],
): Float64Array {
  const result = new Float64Array(reduced.length * 3);
  groups.forEach((offsets, g) => {
    bases.forEach((base, b) => {
      const at = g * bases.length + b;
      const valid = offsets.filter((offset) => !Number.isNaN(cells[base + offset] as number)).length;
      result.set([reduced[at] as number, offsets.length, valid], at * 3);
    });
  });
  return result;
}

/** `aggregate_spatial`: a vector cube with one value per geometry, from the pixels each geometry covers. */
export const aggregateSpatial = defineProcess({
  id: ID,
  summary: "Reduces the pixels of each geometry (polygon, point or line) to one value: a vector cube.",
  fidelity: "exact",
  run: ({ data, geometries, reducer, target_dimension, context }, processContext) => {
    const cube = cubeArgument(data, "data");
    const { x, y, epsg } = spatialAxes(cube);
    const target = typeof target_dimension === "string" ? target_dimension : null;
    if (target !== null && cube.dimensions.some((d) => d.name === target)) {
      throw new ProcessFailedError(
        { openeoCode: "TargetDimensionExists", status: 400, pointer: "" },
        `${ID}: the cube has a dimension '${target}' already.`,
      );
    }
    const { dimension: geometry, shapes } = geometriesArgument(geometries ?? null, epsg, ID);
    const plane = planeOf(cube, x, y);
    const groups = shapes.map((shape) => geometryPixels(shape, plane.grid).map(plane.offsetOf));
    const bases = keptBases(cube, [x, y]);
    assertCubeCells(groups.length * bases.length * (target === null ? 1 : 3), processContext);
    const reduceCells = cellReducer(
      callbackArgument(reducer, ID, "reducer"),
      context ?? null,
      ID,
      cube,
    ).reduce;
    const empty = shapes.map((shape) => shape === null);
    const reduce = (cells: Float64Array, g: number) => (empty[g] ? Number.NaN : reduceCells(cells, g));
    const reduced = reduceOffsetGroups(cube.values, bases, groups, reduce);
    const kept = cube.dimensions.filter((_, at) => at !== x && at !== y);
    if (target === null) return new DataCube([geometry, ...kept], reduced);
    const counts: Dimension = {
      name: target,
      type: "other",
      labels: ["value", "total_count", "valid_count"],
    };
    return new DataCube([geometry, ...kept, counts], withCounts(cube.values, reduced, groups, bases));
  },
});
