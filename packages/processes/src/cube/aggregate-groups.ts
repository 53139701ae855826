import type { Callback } from "../callback.js";
import type { ProcessArguments, ProcessContext } from "../process-entry.js";
import type { Value } from "../value.js";
import { callbackArgument } from "./callback-argument.js";
import { cellReducer } from "./cell-reducer.js";
import { cubeArgument } from "./cube-argument.js";
import { assertCubeCells } from "./cube-index.js";
import { DataCube, type Dimension } from "./data-cube.js";
import { reduceAlong } from "./reduce-along.js";
import { temporalDimensionIndex } from "./temporal-dimension.js";
import type { TemporalPeriod } from "./temporal-period.js";

/** A group of positions along a dimension, and the label of its reduced value. */
export interface LabelGroup {
  readonly members: readonly number[];
  readonly label: string | number;
}

/**
 * Reduces groups of labels of the dimension at `index` with a reducer callback: the result has that dimension
 * with one label per group (the calendar `period` they name, if given), the reducer gets each group's cells
 * labeled with their original labels.
 */
export function aggregateGroups(
  cube: DataCube,
  index: number,
  groups: readonly LabelGroup[],
  reducer: Callback,
  context: Value,
  processId: string,
  period?: TemporalPeriod,
): DataCube {
  const source = cube.dimensions[index] as Dimension;
  const labelsOf = (group: number) =>
    (groups[group]?.members ?? []).map((member) => source.labels[member] as string | number);
  const reducing = cellReducer(reducer, context, processId, { cellType: cube.cellType, labelsOf });
  const values = reduceAlong(
    cube,
    index,
    groups.map((group) => group.members),
    reducing.reduce,
  );
  const { step: _step, period: _period, ...kept } = source;
  const labels = groups.map((group) => group.label);
  const target: Dimension = period ? { ...kept, labels, period } : { ...kept, labels };
  return new DataCube(
    cube.dimensions.map((d, at) => (at === index ? target : d)),
    values,
    reducing.cellType(),
  );
}

/**
 * The temporal aggregations: the groups `groupsOf` makes of the labels of the temporal dimension (`dimension`, or
 * the only one), each reduced with `reducer`. `groupsOf` calls `reserve(count)` before it builds `count` groups,
 * which refuses (`CubeTooLarge`) a result above the context's cube-size limit. `period`: the calendar period the
 * groups' labels name.
 */
export function aggregateTemporally(
  args: ProcessArguments,
  processContext: ProcessContext,
  processId: string,
  groupsOf: (labels: readonly (string | number)[], reserve: (count: number) => void) => LabelGroup[],
  period?: TemporalPeriod,
): DataCube {
  const cube = cubeArgument(args.data, "data");
  const index = temporalDimensionIndex(cube, args.dimension, processId);
  const others = cube.dimensions.reduce(
    (cells, d, at) => (at === index ? cells : cells * d.labels.length),
    1,
  );
  const reserve = (count: number) => assertCubeCells(count * others, processContext);
  const groups = groupsOf((cube.dimensions[index] as Dimension).labels, reserve);
  reserve(groups.length);
  const reducer = callbackArgument(args.reducer, processId, "reducer");
  return aggregateGroups(cube, index, groups, reducer, args.context ?? null, processId, period);
}
