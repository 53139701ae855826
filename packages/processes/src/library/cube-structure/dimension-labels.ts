import { cubeArgument, stringArgument } from "../../cube/cube-argument.js";
import { requireDimension } from "../../cube/cube-index.js";
import { defineProcess } from "../../process-entry.js";

/** `dimension_labels`: the labels of one dimension, in order. */
export const dimensionLabels = defineProcess({
  id: "dimension_labels",
  summary: "Lists the labels of one dimension of a cube, in their order.",
  fidelity: "exact",
  run: ({ data, dimension }) => {
    const cube = cubeArgument(data, "data");
    const axis = requireDimension(cube, stringArgument(dimension, "dimension"));
    return [...(cube.dimensions[axis]?.labels ?? [])];
  },
});
