import { cubeArgument, stringArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { requireDimension } from "../../cube/cube-index.js";
import { dropSingleDimension } from "../../cube/cube-reshape.js";
import { defineProcess } from "../../process-entry.js";

/** `drop_dimension`: removes a dimension that has exactly one label. */
export const dropDimension = defineProcess({
  id: "drop_dimension",
  summary: "Removes a dimension of a cube, which must have a single label left.",
  fidelity: "exact",
  run: ({ data, name }) => {
    const cube = cubeArgument(data, "data");
    const dimensionName = stringArgument(name, "name");
    const axis = requireDimension(cube, dimensionName);
    const count = cube.dimensions[axis]?.labels.length ?? 0;
    if (count !== 1) {
      throw cubeFailure(
        "DimensionLabelCountMismatch",
        `dimension '${dimensionName}' has ${count} labels; reduce or filter it to one label before dropping it.`,
      );
    }
    return dropSingleDimension(cube, axis);
  },
});
