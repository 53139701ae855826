import { cubeArgument, labelsArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { takeLabels } from "../../cube/cube-reshape.js";
import type { Dimension } from "../../cube/data-cube.js";
import { defineProcess } from "../../process-entry.js";
import { cellByCell } from "../common/cells-in-place.js";

/**
 * `filter_bands`: the named bands, in the order asked for; names the cube lacks are skipped. Wavelength ranges
 * need band metadata the cube JSON does not carry, so they select nothing and say so.
 */
export const filterBands = defineProcess({
  id: "filter_bands",
  summary: "Keeps the requested bands of a cube, in the order they are asked for.",
  fidelity: "exact",
  cellsInPlace: cellByCell("data"),
  run: ({ data, bands, wavelengths }, context) => {
    const cube = cubeArgument(data, "data");
    const names = labelsArgument(bands, "bands");
    const ranges = Array.isArray(wavelengths) ? wavelengths : [];
    if (names.length === 0 && ranges.length === 0) {
      throw cubeFailure("BandFilterParameterMissing", "give 'bands' or 'wavelengths' to filter by.");
    }
    const axis = cube.dimensions.findIndex((dimension) => dimension.type === "bands");
    if (axis < 0) throw cubeFailure("DimensionMissing", "the data cube has no dimension of type 'bands'.");
    if (ranges.length > 0)
      context.warn("filter_bands: the cube has no wavelength metadata; 'wavelengths' select no band.");
    const old = cube.dimensions[axis] as Dimension;
    const kept = names.filter((name) => old.labels.includes(name));
    const sources = kept.map((name) => old.labels.indexOf(name));
    return takeLabels(cube, axis, { ...old, labels: kept }, sources);
  },
});
