import { assertCubeCells, cellCount } from "../../cube/cube-index.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import type { ProcessContext } from "../../process-entry.js";
import { invalidArgument, processException } from "../common/process-errors.js";

/** The position of the cube's dimension of type `bands`; a cube without one is refused. */
export function bandsAxis(processId: string, cube: DataCube): number {
  const axis = cube.dimensions.findIndex((dimension) => dimension.type === "bands");
  if (axis < 0) throw invalidArgument(processId, "data", "a data cube with a bands dimension", cube);
  return axis;
}

/** A cube of these dimensions whose cells all hold no-data, refused beyond the context's cell limit. */
export function emptyCube(dimensions: readonly Dimension[], context: ProcessContext): DataCube {
  const cells = cellCount(dimensions);
  assertCubeCells(cells, context);
  return new DataCube(dimensions, new Float64Array(cells).fill(Number.NaN));
}

/** The cube's dimensions with the one at `axis` replaced. */
export function replaceDimension(cube: DataCube, axis: number, dimension: Dimension): Dimension[] {
  return cube.dimensions.map((item, index) => (index === axis ? dimension : item));
}

/** The cube with `added` bands after its own (a band it has already is kept once); the new bands hold no-data. */
export function addBands(
  processId: string,
  cube: DataCube,
  added: readonly string[],
  context: ProcessContext,
): DataCube {
  const axis = bandsAxis(processId, cube);
  const bands = cube.dimensions[axis] as Dimension;
  const labels = [...new Set([...bands.labels, ...added])];
  const result = emptyCube(replaceDimension(cube, axis, { ...bands, labels }), context);
  const inner = cellCount(cube.dimensions.slice(axis + 1));
  const block = bands.labels.length * inner;
  for (let outer = 0; outer < cellCount(cube.dimensions.slice(0, axis)); outer++) {
    const source = cube.values.subarray(outer * block, (outer + 1) * block);
    result.values.set(source, outer * labels.length * inner);
  }
  return result;
}

/** Refuses an elevation model the context's collections do not know (when the context has collections). */
export function checkElevationModel(processId: string, model: string | null, context: ProcessContext): void {
  if (model === null || !context.collections || context.collections.get(model)) return;
  throw processException(
    processId,
    "DigitalElevationModelInvalid",
    `elevation model '${model}' is not a collection of this back-end; pass one of its collection ids, or null.`,
  );
}
