import { cubeArgument, labelsArgument, stringArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { dimensionIndex, requireDimension } from "../../cube/cube-index.js";
import { permuteDimensions } from "../../cube/cube-reshape.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import { defineProcess } from "../../process-entry.js";

/** Every combination of the dimensions' labels, the last dimension fastest, joined with the separator. */
function joinedLabels(dimensions: readonly Dimension[], separator: string): string[] {
  return dimensions.reduce<string[]>(
    (joined, dimension) =>
      joined.flatMap((prefix) =>
        dimension.labels.map((label) => (prefix === "" ? String(label) : `${prefix}${separator}${label}`)),
      ),
    [""],
  );
}

/** `flatten_dimensions`: several dimensions become one of type `other`, at the place of the first of them. */
export const flattenDimensions = defineProcess({
  id: "flatten_dimensions",
  summary: "Merges several dimensions into one whose labels join theirs with a separator.",
  fidelity: "exact",
  run: ({ data, dimensions, target_dimension, label_separator }) => {
    const cube = cubeArgument(data, "data");
    const names = labelsArgument(dimensions, "dimensions").map(String);
    const axes = names.map((name) => requireDimension(cube, name));
    if (axes.length === 0)
      throw cubeFailure("ProcessParameterInvalid", "name at least one dimension to flatten.");
    const target = stringArgument(target_dimension, "target_dimension");
    if (dimensionIndex(cube, target) >= 0 && !names.includes(target)) {
      throw cubeFailure("TargetDimensionExists", `the data cube already has a dimension '${target}'.`);
    }
    const at = Math.min(...axes);
    const others = cube.dimensions.map((_, axis) => axis).filter((axis) => !axes.includes(axis));
    const order = [...others.filter((axis) => axis < at), ...axes, ...others.filter((axis) => axis > at)];
    const permuted = permuteDimensions(cube, order);
    const flattened: Dimension = {
      name: target,
      type: "other",
      labels: joinedLabels(
        axes.map((axis) => cube.dimensions[axis] as Dimension),
        stringArgument(label_separator, "label_separator"),
      ),
    };
    const before = others.filter((axis) => axis < at).length;
    const kept = permuted.dimensions.filter((_, index) => index < before || index >= before + axes.length);
    const result = [...kept.slice(0, before), flattened, ...kept.slice(before)];
    return new DataCube(result, permuted.values, cube.cellType);
  },
});
