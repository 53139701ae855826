import { cubeArgument } from "../../cube/cube-argument.js";
import { shapeOf } from "../../cube/cube-index.js";
import { forEachLine, takeLabels } from "../../cube/cube-reshape.js";
import type { DataCube, Dimension } from "../../cube/data-cube.js";
import { defineProcess } from "../../process-entry.js";

/** Whether each label of dimension `axis` has at least one cell with data. */
function labelsWithData(cube: DataCube, axis: number): boolean[] {
  const shape = shapeOf(cube.dimensions);
  const hasData = new Array<boolean>(shape[axis] ?? 0).fill(false);
  forEachLine(shape, axis, (base, stride) => {
    for (let k = 0; k < hasData.length; k++) {
      if (!Number.isNaN(cube.values[base + k * stride] as number)) hasData[k] = true;
    }
  });
  return hasData;
}

/** Spatial and temporal dimensions lose empty labels at their ends only; the others anywhere. */
function keptLabels(dimension: Dimension, hasData: readonly boolean[]): number[] {
  const all = hasData.flatMap((kept, index) => (kept ? [index] : []));
  if (dimension.type !== "spatial" && dimension.type !== "temporal") return all;
  if (all.length === 0) return [];
  const first = all[0] as number;
  const last = all[all.length - 1] as number;
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** `trim_cube`: removes the labels whose cells are all no-data. */
export const trimCube = defineProcess({
  id: "trim_cube",
  summary: "Drops the dimension labels that hold only no-data cells.",
  fidelity: "exact",
  run: ({ data }) => {
    let cube = cubeArgument(data, "data");
    for (const [axis, dimension] of cube.dimensions.entries()) {
      const sources = keptLabels(dimension, labelsWithData(cube, axis));
      const labels = sources.map((index) => dimension.labels[index] as string | number);
      cube = takeLabels(cube, axis, { ...dimension, labels }, sources);
    }
    return cube;
  },
});
