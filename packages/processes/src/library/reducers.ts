import { defineProcess, type ProcessImplementation } from "../process-entry.js";
import { cumulativeProcesses } from "./reducers/cumulative.js";
import { defineReducer } from "./reducers/define-reducer.js";
import { medianOfCells } from "./reducers/median-of-cells.js";
import {
  maxKernel,
  meanKernel,
  medianKernel,
  minKernel,
  productKernel,
  sdKernel,
  sumKernel,
  varianceKernel,
} from "./reducers/number-kernels.js";
import { gatherValues, NAN_FOUND, scratchBuffer } from "./reducers/number-scratch.js";
import { quantilesProcess } from "./reducers/quantiles.js";

/** The reducers processes: statistics over an array of numbers, quantiles, extrema and running totals. */
export const reducersProcesses: readonly ProcessImplementation[] = [
  defineReducer({ id: "max", summary: "Gives the largest number.", kernel: maxKernel }),
  defineReducer({ id: "min", summary: "Gives the smallest number.", kernel: minKernel }),
  defineReducer({ id: "mean", summary: "Gives the arithmetic mean.", kernel: meanKernel }),
  defineReducer({
    id: "median",
    summary: "Gives the middle value of the numbers.",
    kernel: medianKernel,
    reduceCells: medianOfCells,
  }),
  defineReducer({ id: "sd", summary: "Gives the sample standard deviation.", kernel: sdKernel }),
  defineReducer({ id: "variance", summary: "Gives the sample variance.", kernel: varianceKernel }),
  defineReducer({ id: "sum", summary: "Adds all numbers up.", kernel: sumKernel }),
  defineReducer({ id: "product", summary: "Multiplies all numbers together.", kernel: productKernel }),
  defineProcess({
    id: "extrema",
    summary: "Gives the smallest and the largest number as a pair.",
    fidelity: "exact",
    run: (args) => {
      const count = gatherValues("extrema", args);
      if (count === NAN_FOUND) return [Number.NaN, Number.NaN];
      if (count <= 0) return [null, null];
      const values = scratchBuffer(count);
      return [minKernel(values, count), maxKernel(values, count)];
    },
  }),
  quantilesProcess,
  ...cumulativeProcesses,
];
