import { cubeArgument, stringArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { requireDimension } from "../../cube/cube-index.js";
import { takeLabels } from "../../cube/cube-reshape.js";
import type { DataCube, Dimension } from "../../cube/data-cube.js";
import { parseInstant } from "../../cube/instant.js";
import { type Interval, temporalInterval } from "../../cube/temporal-interval.js";
import { defineProcess } from "../../process-entry.js";

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
  run: ({ data, extent, dimension }) => {
    const cube = cubeArgument(data, "data");
    const interval = temporalInterval(extent);
    const axes =
      dimension === null
        ? cube.dimensions.flatMap((item, index) => (item.type === "temporal" ? [index] : []))
        : [requireDimension(cube, stringArgument(dimension, "dimension"))];
    if (axes.length === 0)
      throw cubeFailure("DimensionNotAvailable", "the data cube has no temporal dimension.");
    return axes.reduce((filtered, axis) => filterAxis(filtered, axis, interval), cube);
  },
});
