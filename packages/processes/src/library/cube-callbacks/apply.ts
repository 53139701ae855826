import { callbackArgument } from "../../cube/callback-argument.js";
import { CallbackCells } from "../../cube/callback-cells.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { cellToValue } from "../../cube/cube-cell.js";
import { DataCube } from "../../cube/data-cube.js";
import { mapKernel } from "../../cube/number-kernel.js";
import { defineProcess } from "../../process-entry.js";
import { cellByCell } from "../common/cells-in-place.js";

const ID = "apply";

/**
 * `apply`: the callback on every cell, the dimensions unchanged. Cells of a boolean cube reach the callback as
 * booleans; a callback that returns booleans makes a boolean cube.
 */
export const apply = defineProcess({
  id: ID,
  summary: "Runs a callback on every cell of a cube; the dimensions stay as they are.",
  fidelity: "exact",
  cellsInPlace: cellByCell("data"),
  run: ({ data, process, context }) => {
    const cube = cubeArgument(data, "data");
    const callback = callbackArgument(process, ID, "process");
    const kernel = mapKernel(callback);
    const source = cube.values;
    const values = new Float64Array(source.length);
    if (kernel) {
      for (let i = 0; i < source.length; i++) values[i] = kernel(source[i] as number);
      return new DataCube(cube.dimensions, values);
    }
    const extra = context ?? null;
    const cells = new CallbackCells(ID);
    for (let i = 0; i < source.length; i++) {
      values[i] = cells.cell(
        callback.call({ x: cellToValue(source[i] as number, cube.cellType), context: extra }),
      );
    }
    return new DataCube(cube.dimensions, values, cells.cellType);
  },
});
