import { ProcessFailedError } from "../processes-error.js";
import type { DataCube } from "./data-cube.js";

/** The index of the dimension called `name`; a `DimensionNotAvailable` failure when the cube has none. */
export function dimensionIndex(cube: DataCube, name: string, processId: string): number {
  const index = cube.dimensions.findIndex((dimension) => dimension.name === name);
  if (index < 0) {
    const names = cube.dimensions.map((dimension) => dimension.name).join(", ");
    throw new ProcessFailedError(
      { openeoCode: "DimensionNotAvailable", status: 400, pointer: "" },
      `${processId}: the cube has no dimension '${name}' (it has ${names || "none"}).`,
    );
  }
  return index;
}
