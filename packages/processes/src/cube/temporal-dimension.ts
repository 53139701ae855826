import { ProcessFailedError } from "../processes-error.js";
import type { Value } from "../value.js";
import { requireDimension } from "./cube-index.js";
import type { DataCube } from "./data-cube.js";

/**
 * The index of the temporal dimension a process works on: the named one, or the cube's only temporal dimension
 * when `dimension` is null (`TooManyDimensions` when it has several, `DimensionNotAvailable` when none).
 */
export function temporalDimensionIndex(
  cube: DataCube,
  dimension: Value | undefined,
  processId: string,
): number {
  if (typeof dimension === "string") return requireDimension(cube, dimension);
  const temporal = cube.dimensions.flatMap((d, index) => (d.type === "temporal" ? [index] : []));
  if (temporal.length === 1) return temporal[0] as number;
  const [openeoCode, message] =
    temporal.length === 0
      ? ["DimensionNotAvailable", "the cube has no temporal dimension."]
      : [
          "TooManyDimensions",
          `the cube has ${temporal.length} temporal dimensions; name one in 'dimension'.`,
        ];
  throw new ProcessFailedError({ openeoCode, status: 400, pointer: "" }, `${processId}: ${message}`);
}
