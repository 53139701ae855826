import { cubeArgument, labelsArgument, stringArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { requireDimension } from "../../cube/cube-index.js";
import { withDimension } from "../../cube/cube-reshape.js";
import type { Dimension } from "../../cube/data-cube.js";
import { defineProcess } from "../../process-entry.js";
import { alongDimensions } from "../common/cells-in-place.js";

type Label = string | number;

/** Without `source`, the labels must be enumerated 0, 1, 2, ...; the targets then replace them in order. */
function enumeratedSource(labels: readonly Label[], target: readonly Label[]): Label[] {
  if (!labels.every((label, index) => label === index || label === String(index))) {
    throw cubeFailure(
      "LabelsNotEnumerated",
      "the dimension labels are not enumerated 0, 1, 2, ...; name the labels to rename in 'source'.",
    );
  }
  return target.map((_, index) => labels[index] ?? index);
}

function renamed(labels: readonly Label[], source: readonly Label[], target: readonly Label[]): Label[] {
  const result = [...labels];
  for (const [index, from] of source.entries()) {
    const position = labels.indexOf(from);
    if (position < 0) throw cubeFailure("LabelNotAvailable", `the dimension has no label '${from}'.`);
    result[position] = target[index] as Label;
  }
  const duplicate = result.find((label, index) => result.indexOf(label) !== index);
  if (duplicate !== undefined) {
    throw cubeFailure("LabelExists", `the dimension would have label '${duplicate}' twice.`);
  }
  return result;
}

/** `rename_labels`: new labels for some or all labels of one dimension; the cells stay. */
export const renameLabels = defineProcess({
  id: "rename_labels",
  summary: "Replaces labels of one dimension, pairwise from source to target (or in order when enumerated).",
  fidelity: "exact",
  cellsInPlace: alongDimensions({ dimension: false }),
  run: ({ data, dimension, target, source }) => {
    const cube = cubeArgument(data, "data");
    const axis = requireDimension(cube, stringArgument(dimension, "dimension"));
    const old = cube.dimensions[axis] as Dimension;
    const targets = labelsArgument(target, "target");
    const given = labelsArgument(source, "source");
    const sources = given.length === 0 ? enumeratedSource(old.labels, targets) : given;
    if (sources.length !== targets.length) {
      throw cubeFailure(
        "LabelMismatch",
        `'source' has ${sources.length} labels and 'target' ${targets.length}; give one target per source.`,
      );
    }
    return withDimension(cube, axis, { ...old, labels: renamed(old.labels, sources, targets) });
  },
});
