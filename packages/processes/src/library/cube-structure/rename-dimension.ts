import { cubeArgument, stringArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { dimensionIndex, requireDimension } from "../../cube/cube-index.js";
import { withDimension } from "../../cube/cube-reshape.js";
import type { Dimension } from "../../cube/data-cube.js";
import { defineProcess } from "../../process-entry.js";

/** `rename_dimension`: a new name for one dimension; type, labels and cells stay. */
export const renameDimension = defineProcess({
  id: "rename_dimension",
  summary: "Gives one dimension of a cube a new name that no other dimension has.",
  fidelity: "exact",
  run: ({ data, source, target }) => {
    const cube = cubeArgument(data, "data");
    const axis = requireDimension(cube, stringArgument(source, "source"));
    const targetName = stringArgument(target, "target");
    if (dimensionIndex(cube, targetName) >= 0) {
      throw cubeFailure("DimensionExists", `the data cube already has a dimension '${targetName}'.`);
    }
    return withDimension(cube, axis, { ...(cube.dimensions[axis] as Dimension), name: targetName });
  },
});
