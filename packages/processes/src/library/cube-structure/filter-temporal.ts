import { cubeArgument, dimensionsArgument } from "../../cube/cube-argument.js";
import { takeLabels } from "../../cube/cube-reshape.js";
import type { DataCube, Dimension } from "../../cube/data-cube.js";
import { parseInstant } from "../../cube/instant.js";
import { type Interval, temporalInterval } from "../../cube/temporal-interval.js";
import { defineProcess } from "../../process-entry.js";
import { alongDimensions } from "../common/cells-in-place.js";

function filterAxis(cube: DataCube, axis: number, interval: Interval): DataCube {
  const old = cube.dimensions[axis] as Dimension;
  const sources = old.labels.flatMap((label, index) => {
    const instant = parseInstant(String(label));
    return instant >= interval.start && instant < interval.end ? [index] : [];
  });
  const labels = sources.map((index) => old.labels[index] as string | number);
  return takeLabels(cube, axis, { ...old, labels }, sources);
}

/** `filter_temporal`: the labels of one (or every) temporal dimension within `[start, end)`. */
export const filterTemporal = defineProcess({
  id: "filter_temporal",
  summary: "Keeps the timestamps of a temporal dimension that fall in a left-closed interval.",
  fidelity: "exact",
  cellsInPlace: alongDimensions({ dimension: true }),
  run: ({ data, extent, dimension }) => {
    const cube = cubeArgument(data, "data");
    const interval = temporalInterval(extent);
    const axes = dimensionsArgument(cube, dimension, "temporal");
    return axes.reduce((filtered, axis) => filterAxis(filtered, axis, interval), cube);
  },
});
