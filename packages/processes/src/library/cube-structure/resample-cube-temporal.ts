import { cubeArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { dimensionIndex, shapeOf } from "../../cube/cube-index.js";
import { forEachLine } from "../../cube/cube-reshape.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import { parseInstant } from "../../cube/instant.js";
import { defineProcess } from "../../process-entry.js";
import type { Value } from "../../value.js";

const DAY = 86400000;

/** The temporal dimensions to resample: the named one, or every temporal dimension both cubes have. */
function dimensionsToResample(data: DataCube, target: DataCube, dimension: Value): string[] {
  if (dimension !== null) {
    const name = String(dimension);
    const pair = [data, target].map((cube) => cube.dimensions.find((item) => item.name === name));
    if (pair.some((item) => item === undefined)) {
      throw cubeFailure("DimensionNotAvailable", `both cubes need a dimension '${name}'.`);
    }
    if (pair.some((item) => item?.type !== "temporal")) {
      throw cubeFailure("DimensionMismatch", `dimension '${name}' is not temporal in both cubes.`);
    }
    return [name];
  }
  const names = data.dimensions
    .filter((item) => item.type === "temporal")
    .map((item) => item.name)
    .filter((name) => target.dimensions.some((item) => item.name === name && item.type === "temporal"));
  if (names.length === 0) {
    throw cubeFailure("DimensionMismatch", "the cubes share no temporal dimension by name.");
  }
  return names;
}

/** For each target instant, the source labels from nearest to farthest (ties: the earlier first), within reach. */
function candidates(source: readonly number[], targets: readonly number[], reach: number): number[][] {
  return targets.map((time) =>
    source
      .map((instant, index) => ({ index, distance: Math.abs(instant - time), instant }))
      .filter((item) => item.distance <= reach)
      .sort((a, b) => a.distance - b.distance || a.instant - b.instant)
      .map((item) => item.index),
  );
}

function resampleAxis(cube: DataCube, axis: number, labels: Dimension, validWithin: number | null): DataCube {
  const old = cube.dimensions[axis] as Dimension;
  const instants = old.labels.map((label) => parseInstant(String(label)));
  const targets = labels.labels.map((label) => parseInstant(String(label)));
  const reach = validWithin === null ? Infinity : validWithin * DAY;
  const options = candidates(instants, targets, reach);
  const shape = shapeOf(cube.dimensions);
  const inner = shape.slice(axis + 1).reduce((product, length) => product * length, 1);
  const dimensions = cube.dimensions.map((item, index) =>
    index === axis ? { ...old, labels: labels.labels } : item,
  );
  const values = new Float64Array(shapeOf(dimensions).reduce((product, length) => product * length, 1));
  forEachLine(shape, axis, (base, stride, line) => {
    const outBase = Math.floor(line / inner) * targets.length * inner + (line % inner);
    for (const [k, list] of options.entries()) {
      const cells = list.map((index) => cube.values[base + index * stride] as number);
      const picked = validWithin === null ? cells[0] : cells.find((cell) => !Number.isNaN(cell));
      values[outBase + k * inner] = picked ?? Number.NaN;
    }
  });
  return new DataCube(dimensions, values, cube.cellType);
}

/** `resample_cube_temporal`: each target timestamp takes the nearest source timestamp's cells. */
export const resampleCubeTemporal = defineProcess({
  id: "resample_cube_temporal",
  summary: "Aligns the timestamps of a cube to those of another by nearest neighbour.",
  fidelity: "exact",
  run: ({ data, target, dimension, valid_within }) => {
    const cube = cubeArgument(data, "data");
    const reference = cubeArgument(target, "target");
    const validWithin = typeof valid_within === "number" ? valid_within : null;
    return dimensionsToResample(cube, reference, dimension ?? null).reduce((resampled, name) => {
      const labels = reference.dimensions[dimensionIndex(reference, name)] as Dimension;
      return resampleAxis(resampled, dimensionIndex(resampled, name), labels, validWithin);
    }, cube);
  },
});
