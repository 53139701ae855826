import { cubeArgument } from "../../cube/cube-argument.js";
import { type CubeSpan, spanOf } from "../../cube/cube-span.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import { defineProcess } from "../../process-entry.js";
import { ProcessFailedError } from "../../processes-error.js";
import type { Value } from "../../value.js";
import { cellByCell } from "../common/cells-in-place.js";

const ID = "ndvi";

function failure(openeoCode: string, message: string): ProcessFailedError {
  return new ProcessFailedError({ openeoCode, status: 400, pointer: "" }, `${ID}: ${message}`);
}

/** The index of the one `bands` dimension; `DimensionAmbiguous` when there is none or more than one. */
function bandsIndex(cube: DataCube): number {
  const indices = cube.dimensions.flatMap((dimension, index) => (dimension.type === "bands" ? [index] : []));
  if (indices.length !== 1) {
    throw failure(
      "DimensionAmbiguous",
      `the cube needs exactly one dimension of type bands, it has ${indices.length}.`,
    );
  }
  return indices[0] as number;
}

/**
 * The position of a band by its name or, when no band has that name, by its common name (the name wins, as the
 * definition says); the band must be the only one with that common name.
 */
function bandPosition(bands: Dimension, name: Value | undefined, code: string, role: string): number {
  const wanted = typeof name === "string" ? name : "";
  const position = bands.labels.indexOf(wanted);
  if (position >= 0) return position;
  const named = bands.labels.flatMap((label, at) => (bands.commonNames?.[label] === wanted ? [at] : []));
  if (named.length === 1) return named[0] as number;
  const which = named.length === 0 ? "is not among the bands" : `is the common name of ${named.length} bands`;
  throw failure(
    code,
    `the ${role} band '${String(name)}' ${which} (${bands.labels.join(", ")}); name the ${role} band.`,
  );
}

/** Where the computed values go: a cube whose bands dimension has `step` labels, the result at label `offset`. */
interface Target {
  readonly cells: Float64Array;
  readonly step: number;
  readonly offset: number;
}

/** `(nir - red) / (nir + red)` for every position outside the bands dimension. */
function computeNdvi(values: Float64Array, span: CubeSpan, nir: number, red: number, target: Target): void {
  const { outer, length, inner } = span;
  const { cells, step, offset } = target;
  for (let o = 0; o < outer; o++) {
    const nirBase = (o * length + nir) * inner;
    const redBase = (o * length + red) * inner;
    const base = (o * step + offset) * inner;
    for (let i = 0; i < inner; i++) {
      const n = values[nirBase + i] as number;
      const r = values[redBase + i] as number;
      cells[base + i] = (n - r) / (n + r);
    }
  }
}

/** `ndvi`: the normalized difference of the NIR and red bands, as a cube without bands or as one band more. */
export const ndvi = defineProcess({
  id: ID,
  summary:
    "Computes (nir - red) / (nir + red) per pixel; drops the bands dimension or adds the result as a band.",
  fidelity: "exact",
  cellsInPlace: cellByCell("data"),
  run: ({ data, nir, red, target_band }) => {
    const cube = cubeArgument(data, "data");
    const index = bandsIndex(cube);
    const bands = cube.dimensions[index] as Dimension;
    const nirAt = bandPosition(bands, nir, "NirBandAmbiguous", "NIR");
    const redAt = bandPosition(bands, red, "RedBandAmbiguous", "red");
    const span = spanOf(cube, index);
    if (typeof target_band !== "string") {
      const values = new Float64Array(span.outer * span.inner);
      computeNdvi(cube.values, span, nirAt, redAt, { cells: values, step: 1, offset: 0 });
      return new DataCube(
        cube.dimensions.filter((_, at) => at !== index),
        values,
      );
    }
    if (bands.labels.includes(target_band))
      throw failure("BandExists", `a band '${target_band}' exists already.`);
    const step = span.length + 1;
    const values = new Float64Array(span.outer * step * span.inner);
    for (let o = 0; o < span.outer; o++) {
      const block = span.length * span.inner;
      values.set(cube.values.subarray(o * block, (o + 1) * block), o * step * span.inner);
    }
    computeNdvi(cube.values, span, nirAt, redAt, { cells: values, step, offset: span.length });
    const grown = { ...bands, labels: [...bands.labels, target_band] };
    return new DataCube(
      cube.dimensions.map((d, at) => (at === index ? grown : d)),
      values,
    );
  },
});
