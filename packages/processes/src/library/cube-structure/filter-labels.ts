import { isCallback } from "../../callback.js";
import { cubeArgument, stringArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { requireDimension } from "../../cube/cube-index.js";
import { takeLabels } from "../../cube/cube-reshape.js";
import type { Dimension } from "../../cube/data-cube.js";
import { defineProcess } from "../../process-entry.js";

/** `filter_labels`: the labels of one dimension for which the condition returns `true`. */
export const filterLabels = defineProcess({
  id: "filter_labels",
  summary: "Keeps the labels of one dimension that a condition callback accepts.",
  fidelity: "exact",
  run: ({ data, condition, dimension, context }) => {
    const cube = cubeArgument(data, "data");
    const axis = requireDimension(cube, stringArgument(dimension, "dimension"));
    if (!isCallback(condition)) {
      throw cubeFailure("ProcessParameterInvalid", "parameter 'condition' must be a process graph.");
    }
    const old = cube.dimensions[axis] as Dimension;
    const sources = old.labels.flatMap((label, index) =>
      condition.call({ value: label, context: context ?? null }) === true ? [index] : [],
    );
    const labels = sources.map((index) => old.labels[index] as string | number);
    return takeLabels(cube, axis, { ...old, labels }, sources);
  },
});
