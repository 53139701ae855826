import type { Callback } from "../../callback.js";
import { callbackArgument } from "../../cube/callback-argument.js";
import { toCell } from "../../cube/callback-cell.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { cellToValue } from "../../cube/cube-cell.js";
import { assertCubeCells, requireDimension } from "../../cube/cube-index.js";
import { spanOf } from "../../cube/cube-span.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import { LabeledArray } from "../../labeled-array.js";
import { defineProcess, type ProcessContext } from "../../process-entry.js";
import { ProcessFailedError } from "../../processes-error.js";
import type { Value } from "../../value.js";

const ID = "apply_dimension";

function failure(message: string): ProcessFailedError {
  return new ProcessFailedError(
    { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
    `${ID}: ${message}`,
  );
}

/** The callback's answer for one run of cells, as numbers. */
function runOf(callback: Callback, data: LabeledArray, context: Value): number[] {
  const answer = callback.call({ data, context });
  const items = answer instanceof LabeledArray ? answer.values : answer;
  if (!Array.isArray(items) || items.length === 0) {
    throw failure("the process must return an array with at least one element.");
  }
  return items.map((item) => toCell(item, ID));
}

/** The dimension the computed values go to, after the rules of the definition. */
function targetDimension(source: Dimension, target: string | null, count: number): Dimension {
  const counted = Array.from({ length: count }, (_, k) => k);
  if (target !== null && target !== source.name) return { name: target, type: "other", labels: counted };
  return count === source.labels.length ? source : { ...source, labels: counted };
}

/** The values of every run of cells along the dimension at `index`, computed by `runs`; all runs as long. */
function applyAlong(
  cube: DataCube,
  index: number,
  runs: (cells: (number | null)[]) => number[],
  context: ProcessContext,
) {
  const { outer, length, inner } = spanOf(cube, index);
  let values = new Float64Array(0);
  let count = -1;
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const run = runs(
        Array.from({ length }, (_, k) => cellToValue(cube.values[(o * length + k) * inner + i] as number)),
      );
      if (count < 0) {
        count = run.length;
        assertCubeCells(outer * count * inner, context);
        values = new Float64Array(outer * count * inner);
      } else if (run.length !== count) {
        throw failure(
          `the process returned ${run.length} values for one run of cells and ${count} for another.`,
        );
      }
      for (let k = 0; k < count; k++) values[(o * count + k) * inner + i] = run[k] as number;
    }
  }
  return { values, count: Math.max(count, 0) };
}

/** `apply_dimension`: the callback on every run of cells along a dimension, which it may lengthen or shorten. */
export const applyDimension = defineProcess({
  id: ID,
  summary:
    "Runs a callback on every run of cells along one dimension; it may change that dimension's length.",
  fidelity: "exact",
  run: ({ data, process, dimension, target_dimension, context }, processContext) => {
    const cube = cubeArgument(data, "data");
    const callback = callbackArgument(process, ID, "process");
    const index = requireDimension(cube, String(dimension));
    const source = cube.dimensions[index] as Dimension;
    const target = typeof target_dimension === "string" ? target_dimension : null;
    if (target !== null && target !== source.name && cube.dimensions.some((d) => d.name === target)) {
      throw failure(
        `target dimension '${target}' already exists; writing into another existing dimension is not supported.`,
      );
    }
    const runs = (cells: (number | null)[]) =>
      runOf(callback, new LabeledArray(source.labels, cells), context ?? null);
    const { values, count } = applyAlong(cube, index, runs, processContext);
    const dimensions = cube.dimensions.map((d, at) =>
      at === index ? targetDimension(source, target, count) : d,
    );
    return new DataCube(dimensions, values);
  },
});
