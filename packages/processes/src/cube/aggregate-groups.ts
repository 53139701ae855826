import type { Callback } from "../callback.js";
import type { Value } from "../value.js";
import { cellReducer } from "./cell-reducer.js";
import { DataCube, type Dimension } from "./data-cube.js";
import { reduceAlong } from "./reduce-along.js";

/**
 * Reduces groups of labels of the dimension at `index` with a reducer callback: the result has that dimension
 * with one label per group, the reducer gets each group's cells labeled with their original labels.
 */
export function aggregateGroups(
  cube: DataCube,
  index: number,
  groups: { readonly members: readonly number[]; readonly label: string | number }[],
  reducer: Callback,
  context: Value,
  processId: string,
): DataCube {
  const source = cube.dimensions[index] as Dimension;
  const labelsOf = (group: number) =>
    (groups[group]?.members ?? []).map((member) => source.labels[member] as string | number);
  const reduce = cellReducer(reducer, context, processId, labelsOf);
  const values = reduceAlong(
    cube,
    index,
    groups.map((group) => group.members),
    reduce,
  );
  const { step: _step, ...kept } = source;
  const target: Dimension = { ...kept, labels: groups.map((group) => group.label) };
  return new DataCube(
    cube.dimensions.map((d, at) => (at === index ? target : d)),
    values,
  );
}
