import type { Callback } from "../../callback.js";
import { callbackArgument } from "../../cube/callback-argument.js";
import { CallbackCells } from "../../cube/callback-cells.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { cellToValue } from "../../cube/cube-cell.js";
import { assertCubeCells, dimensionIndex, requireDimension } from "../../cube/cube-index.js";
import { dropSingleDimension, permuteDimensions } from "../../cube/cube-reshape.js";
import { spanOf } from "../../cube/cube-span.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import { LabeledArray } from "../../labeled-array.js";
import { defineProcess, type ProcessContext } from "../../process-entry.js";
import { ProcessFailedError } from "../../processes-error.js";
import type { Value } from "../../value.js";
import { alongDimensions } from "../common/cells-in-place.js";

const ID = "apply_dimension";

function failure(message: string): ProcessFailedError {
  return new ProcessFailedError(
    { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
    `${ID}: ${message}`,
  );
}

/** The callback's answer for one run of cells, as cells. */
function runOf(callback: Callback, data: LabeledArray, context: Value, cells: CallbackCells): number[] {
  const answer = callback.call({ data, context });
  const items = answer instanceof LabeledArray ? answer.values : answer;
  if (!Array.isArray(items) || items.length === 0) {
    throw failure("the process must return an array with at least one element.");
  }
  return items.map((item) => cells.cell(item));
}

/**
 * The dimension the computed values go to, after the rules of the definition: the source itself (its labels kept
 * when the count is unchanged), an existing target (its name and type kept) or a new one of type `other`; the
 * labels are otherwise 0, 1, 2, ...
 */
function targetDimension(source: Dimension, target: Dimension | string | null, count: number): Dimension {
  const counted = Array.from({ length: count }, (_, k) => k);
  if (target === null) return count === source.labels.length ? source : { ...source, labels: counted };
  if (typeof target === "string") return { name: target, type: "other", labels: counted };
  return { name: target.name, type: target.type, labels: counted };
}

/** The values of every run of cells along the dimension at `index`, computed by `runs`; all runs as long. */
function applyAlong(
  cube: DataCube,
  index: number,
  runs: (cells: (number | boolean | null)[]) => number[],
  context: ProcessContext,
) {
  const { outer, length, inner } = spanOf(cube, index);
  const at = (o: number, k: number, i: number) => cube.values[(o * length + k) * inner + i] as number;
  let values = new Float64Array(0);
  let count = -1;
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const run = runs(Array.from({ length }, (_, k) => cellToValue(at(o, k, i), cube.cellType)));
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

/**
 * The existing dimension the values go to, when `target` names one other than the source: the definition's case
 * of a target with a single label (the source is dropped, the target filled). Undefined for a new target.
 */
function existingTarget(cube: DataCube, source: Dimension, target: string | null): number | undefined {
  if (target === null || target === source.name) return undefined;
  const at = dimensionIndex(cube, target);
  if (at < 0) return undefined;
  const length = cube.dimensions[at]?.labels.length ?? 0;
  if (length !== 1) {
    throw failure(
      `target dimension '${target}' exists with ${length} labels; openEO defines writing into an existing ` +
        "target dimension only when it has a single label.",
    );
  }
  return at;
}

/** The computed cube with the existing single-label target at `target` dropped and the new one moved there. */
function intoExistingTarget(computed: DataCube, source: number, target: number): DataCube {
  const dropped = dropSingleDimension(computed, target);
  const from = target < source ? source - 1 : source;
  const to = target < source ? target : target - 1;
  const order = dropped.dimensions.map((_, k) => k).filter((k) => k !== from);
  order.splice(to, 0, from);
  return permuteDimensions(dropped, order);
}

/** `apply_dimension`: the callback on every run of cells along a dimension, which it may lengthen or shorten. */
export const applyDimension = defineProcess({
  id: ID,
  summary:
    "Runs a callback on every run of cells along one dimension; it may change that dimension's length.",
  fidelity: "exact",
  cellsInPlace: alongDimensions({ dimension: false, target_dimension: true }),
  run: ({ data, process, dimension, target_dimension, context }, processContext) => {
    const cube = cubeArgument(data, "data");
    const callback = callbackArgument(process, ID, "process");
    const index = requireDimension(cube, String(dimension));
    const source = cube.dimensions[index] as Dimension;
    const target = typeof target_dimension === "string" ? target_dimension : null;
    const existing = existingTarget(cube, source, target);
    const cells = new CallbackCells(ID);
    const runs = (run: (number | boolean | null)[]) =>
      runOf(callback, new LabeledArray(source.labels, run), context ?? null, cells);
    const { values, count } = applyAlong(cube, index, runs, processContext);
    const into =
      existing === undefined
        ? target === source.name
          ? null
          : target
        : (cube.dimensions[existing] as Dimension);
    const dimensions = cube.dimensions.map((d, at) =>
      at === index ? targetDimension(source, into, count) : d,
    );
    const computed = new DataCube(dimensions, values, cells.cellType);
    return existing === undefined ? computed : intoExistingTarget(computed, index, existing);
  },
});
