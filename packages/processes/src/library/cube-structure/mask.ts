import { alignedOffsets } from "../../cube/cube-alignment.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { cellTypeReplacedBy, valueToCell } from "../../cube/cube-cell.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { DataCube } from "../../cube/data-cube.js";
import { alignSpatially } from "../../cube/resample-grid.js";
import { defineProcess } from "../../process-entry.js";

/** `mask`: cells whose mask cell is non-zero (or true) get the replacement, no-data by default. */
export const mask = defineProcess({
  id: "mask",
  summary: "Replaces the cells of a cube where a second, compatible cube is non-zero or true.",
  fidelity: "exact",
  run: ({ data, mask: maskArgument, replacement }) => {
    const cube = cubeArgument(data, "data");
    const maskCube = alignSpatially(cubeArgument(maskArgument, "mask"), cube);
    const extra = maskCube.dimensions.find(
      (dimension) => !cube.dimensions.some((candidate) => candidate.name === dimension.name),
    );
    if (extra) {
      throw cubeFailure(
        "IncompatibleDataCubes",
        `the mask has dimension '${extra.name}', the data does not.`,
      );
    }
    const offsets = alignedOffsets(cube.dimensions, maskCube);
    const value = valueToCell(replacement);
    const values = cube.values.map((cell, index) => {
      const offset = offsets[index] as number;
      const flag = offset < 0 ? 0 : (maskCube.values[offset] as number);
      return flag !== 0 && !Number.isNaN(flag) ? value : cell;
    });
    return new DataCube(cube.dimensions, values, cellTypeReplacedBy(cube.cellType, replacement));
  },
});
