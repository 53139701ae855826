import type { Callback } from "../../callback.js";
import { callbackArgument } from "../../cube/callback-argument.js";
import { CallbackCells } from "../../cube/callback-cells.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { cellToValue } from "../../cube/cube-cell.js";
import { assertCubeCells, dimensionIndex, requireDimension } from "../../cube/cube-index.js";
import { permuteDimensions } from "../../cube/cube-reshape.js";
import { spanOf } from "../../cube/cube-span.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import { LabeledArray } from "../../labeled-array.js";
import { defineProcess, type ProcessContext } from "../../process-entry.js";
import { ProcessFailedError } from "../../processes-error.js";
import type { Value } from "../../value.js";
import { alongDimensions } from "../common/cells-in-place.js";

const ID = "apply_dimension";

type Warn = ProcessContext["warn"];

function failure(message: string): ProcessFailedError {
  return new ProcessFailedError(
    { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
    `${ID}: ${message}`,
  );
}

const SPREAD_WARNING =
  "apply_dimension: the process returned arrays among its values (quantiles in array_create, say); their " +
  "elements take their place, as the geotrellis back-ends do; a cube cell holds a single value.";

/**
 * The items of the callback's answer, an array among them spread in its place: `array_create` of `mean` and
 * `quantiles` (which returns an array) gives `[mean, [q]]`. A cube cell holds a single value; back-ends built on
 * openeo-geopyspark-driver spread such arrays and scripts written for them rely on it. `spread` hears of each.
 */
function itemsOf(answer: Value, spread: () => void): readonly Value[] | undefined {
  const items = answer instanceof LabeledArray ? answer.values : answer;
  if (!Array.isArray(items)) return undefined;
  if (!items.some((item) => Array.isArray(item) || item instanceof LabeledArray)) return items;
  spread();
  return items.flatMap((item: Value) => (item instanceof LabeledArray ? item.values : item));
}

/** The callback's answer for one run of cells, as cells. */
function runOf(
  callback: Callback,
  data: LabeledArray,
  context: Value,
  cells: CallbackCells,
  spread: () => void,
) {
  const items = itemsOf(callback.call({ data, context }), spread);
  if (!items || items.length === 0) {
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
 * of a target with a single label (the source is dropped, the target filled), or a `bands` target with several
 * labels, which the definition leaves open (see {@link severalLabelsWarning}). Undefined for a new target.
 */
function existingTarget(
  cube: DataCube,
  source: Dimension,
  target: string | null,
  warn: Warn,
): number | undefined {
  if (target === null || target === source.name) return undefined;
  const at = dimensionIndex(cube, target);
  if (at < 0) return undefined;
  const existing = cube.dimensions[at] as Dimension;
  if (existing.labels.length === 1) return at;
  if (existing.type === "bands" && existing.labels.length > 1) {
    warn(severalLabelsWarning(source, existing));
    return at;
  }
  throw failure(
    `target dimension '${target}' exists with ${existing.labels.length} labels; openEO defines writing into an ` +
      "existing target dimension only when it has a single label (jobkit, as the back-ends, also a bands dimension).",
  );
}

/**
 * The warning for a `bands` target with several labels. openEO defines an existing target only with a single
 * label; back-ends built on openeo-geopyspark-driver (Copernicus Data Space, Terrascope) run the process over the
 * source once per band and put the bands' values one after the other, and scripts written for them rename the
 * result (`B01_mean`, `B01_median`, ..., `B02_mean`, ...). The engine does the same, labelled 0, 1, 2, ... as the
 * definition labels computed values.
 */
function severalLabelsWarning(source: Dimension, target: Dimension): string {
  return (
    `apply_dimension: target dimension '${target.name}' exists with ${target.labels.length} labels ` +
    `(${target.labels.join(", ")}); the values computed along '${source.name}' for each of them follow one ` +
    "another, labelled from 0, as the geotrellis back-ends do; openEO defines an existing target dimension " +
    "only with a single label."
  );
}

/**
 * The computed cube with the new dimension (at `source`) merged into the existing target (at `target`, its name
 * and type kept): the new dimension is moved right behind the target, so the target's labels run outer and the
 * computed values inner, then the two become one dimension labelled 0, 1, 2, ... With a single-label target that
 * is the definition's case 2: the target dropped, the new dimension in its place.
 */
function intoExistingTarget(computed: DataCube, source: number, target: number): DataCube {
  const order = computed.dimensions.map((_, k) => k).filter((k) => k !== source);
  const at = order.indexOf(target);
  order.splice(at + 1, 0, source);
  const permuted = permuteDimensions(computed, order);
  const into = computed.dimensions[target] as Dimension;
  const count = into.labels.length * (computed.dimensions[source] as Dimension).labels.length;
  const merged: Dimension = {
    name: into.name,
    type: into.type,
    labels: Array.from({ length: count }, (_, k) => k),
  };
  const dimensions = permuted.dimensions
    .filter((_, k) => k !== at + 1)
    .map((d, k) => (k === at ? merged : d));
  return new DataCube(dimensions, permuted.values, computed.cellType);
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
    const existing = existingTarget(cube, source, target, processContext.warn);
    const cells = new CallbackCells(ID);
    let spreadSeen = false;
    const spread = () => {
      if (!spreadSeen) processContext.warn(SPREAD_WARNING);
      spreadSeen = true;
    };
    const runs = (run: (number | boolean | null)[]) =>
      runOf(callback, new LabeledArray(source.labels, run), context ?? null, cells, spread);
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
