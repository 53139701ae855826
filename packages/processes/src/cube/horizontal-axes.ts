import { ProcessFailedError } from "../processes-error.js";
import type { DataCube, Dimension } from "./data-cube.js";

const isAxis = (dimension: Dimension, axis: "x" | "y") =>
  dimension.type === "spatial" &&
  (dimension.axis === axis || (dimension.axis === undefined && dimension.name === axis));

/** The indices of a cube's horizontal spatial dimensions (axes `x` and `y`); a failure when it lacks either. */
export function horizontalAxes(cube: DataCube, processId: string): { x: number; y: number } {
  const x = cube.dimensions.findIndex((dimension) => isAxis(dimension, "x"));
  const y = cube.dimensions.findIndex((dimension) => isAxis(dimension, "y"));
  if (x < 0 || y < 0) {
    throw new ProcessFailedError(
      { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
      `${processId}: the cube needs spatial dimensions for the axes x and y.`,
    );
  }
  return { x, y };
}
