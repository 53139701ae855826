import { alignedOffsets } from "../../cube/cube-alignment.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { cellTypeReplacedBy, valueToCell } from "../../cube/cube-cell.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import { labelKey } from "../../cube/label-key.js";
import { alignSpatially } from "../../cube/resample-grid.js";
import { defineProcess } from "../../process-entry.js";
import { cellByCell } from "../common/cells-in-place.js";

/** Whether two dimensions hold the same labels (in any order), as `labelKey` compares them. */
function sameLabels(a: Dimension, b: Dimension): boolean {
  const keys = new Set(a.labels.map((label) => labelKey(a, label)));
  return a.labels.length === b.labels.length && b.labels.every((label) => keys.has(labelKey(b, label)));
}

/**
 * Why the mask is incompatible with the data, or undefined: openEO's `mask` aligns the spatial dimensions itself and
 * asks every other dimension of the mask to be in the data, with the same name, type and labels.
 */
function incompatibility(data: DataCube, mask: DataCube): string | undefined {
  for (const dimension of mask.dimensions) {
    const match = data.dimensions.find((candidate) => candidate.name === dimension.name);
    if (!match) return `the mask has dimension '${dimension.name}', the data does not`;
    if (dimension.type === "spatial") continue;
    if (match.type !== dimension.type || !sameLabels(match, dimension))
      return `the mask's dimension '${dimension.name}' has labels ${dimension.labels.join(", ")}, the data's ${match.labels.join(", ")}`;
  }
  return undefined;
}

/**
 * The mask without its `bands` dimension when that holds one band the data does not have (an `SCL` mask for `B04`
 * and `B08`): then it applies to every band, with a warning. openEO's `mask` asks for the same labels; back-ends
 * built on openeo-geopyspark-driver (Copernicus Data Space, Terrascope) apply a one-band mask to every band, and
 * the scripts written for them rely on it.
 */
function oneBandMask(data: DataCube, mask: DataCube, warn: (message: string) => void): DataCube {
  const bands = mask.dimensions.find((dimension) => dimension.type === "bands");
  const target = data.dimensions.find((dimension) => dimension.name === bands?.name);
  if (bands?.labels.length !== 1 || !target || sameLabels(bands, target)) return mask;
  warn(
    `mask: the mask's one band '${bands.labels[0]}' is applied to every band of the data (${target.labels.join(", ")}), as the geotrellis back-ends do; openEO's mask asks for the same band labels.`,
  );
  return new DataCube(
    mask.dimensions.filter((dimension) => dimension !== bands),
    mask.values,
    mask.cellType,
  );
}

/** `mask`: cells whose mask cell is non-zero (or true) get the replacement, no-data by default. */
export const mask = defineProcess({
  id: "mask",
  summary: "Replaces the cells of a cube where a second, compatible cube is non-zero or true.",
  fidelity: "exact",
  cellsInPlace: cellByCell("data", "mask"),
  run: ({ data, mask: maskArgument, replacement }, context) => {
    const cube = cubeArgument(data, "data");
    const aligned = alignSpatially(cubeArgument(maskArgument, "mask"), cube);
    const maskCube = oneBandMask(cube, aligned, context.warn);
    const problem = incompatibility(cube, maskCube);
    if (problem) throw cubeFailure("IncompatibleDataCubes", `${problem}.`);
    const offsets = alignedOffsets(cube.dimensions, maskCube);
    const value = valueToCell(replacement);
    const values = cube.values.map((cell, index) => {
      const offset = offsets[index] as number;
      const flag = offset < 0 ? 0 : (maskCube.values[offset] as number);
      return flag !== 0 && !Number.isNaN(flag) ? value : cell;
    });
    return new DataCube(cube.dimensions, values, cellTypeReplacedBy(cube.cellType, replacement));
  },
});
