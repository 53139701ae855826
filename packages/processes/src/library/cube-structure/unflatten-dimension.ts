import { cubeArgument, labelsArgument, stringArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { dimensionIndex, requireDimension } from "../../cube/cube-index.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import { defineProcess } from "../../process-entry.js";

function notAGrid(separator: string, count: number): Error {
  return cubeFailure(
    "ProcessParameterInvalid",
    `the labels do not split by '${separator}' into a full grid of ${count} dimensions, in order.`,
  );
}

/** The labels of each new dimension, checked to be the full grid in row-major order. */
function splitLabels(labels: readonly (string | number)[], count: number, separator: string): string[][] {
  const parts = labels.map((label) => String(label).split(separator));
  const columns = Array.from({ length: count }, (_, k) => [...new Set(parts.map((part) => part[k] ?? ""))]);
  if (columns.reduce((product, column) => product * column.length, 1) !== parts.length)
    throw notAGrid(separator, count);
  const expected = columns.reduce<string[][]>(
    (rows, column) => rows.flatMap((row) => column.map((label) => [...row, label])),
    [[]],
  );
  const consistent =
    parts.every((part) => part.length === count) &&
    expected.length === parts.length &&
    expected.every((row, index) => row.join(separator) === parts[index]?.join(separator));
  if (!consistent) throw notAGrid(separator, count);
  return columns;
}

/** `unflatten_dimension`: one dimension split into several of type `other` by its labels' separator. */
export const unflattenDimension = defineProcess({
  id: "unflatten_dimension",
  summary: "Splits one dimension into several by cutting its labels at a separator.",
  fidelity: "exact",
  run: ({ data, dimension, target_dimensions, label_separator }) => {
    const cube = cubeArgument(data, "data");
    const axis = requireDimension(cube, stringArgument(dimension, "dimension"));
    const names = labelsArgument(target_dimensions, "target_dimensions").map(String);
    const taken = names.find(
      (name) => dimensionIndex(cube, name) >= 0 && name !== cube.dimensions[axis]?.name,
    );
    if (taken !== undefined) {
      throw cubeFailure("TargetDimensionExists", `the data cube already has a dimension '${taken}'.`);
    }
    const separator = stringArgument(label_separator, "label_separator");
    const columns = splitLabels(cube.dimensions[axis]?.labels ?? [], names.length, separator);
    const added: Dimension[] = names.map((name, k) => ({ name, type: "other", labels: columns[k] ?? [] }));
    const dimensions = [...cube.dimensions.slice(0, axis), ...added, ...cube.dimensions.slice(axis + 1)];
    return new DataCube(dimensions, cube.values, cube.cellType);
  },
});
