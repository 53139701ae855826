import type { Value } from "../value.js";
import { cubeFailure } from "./cube-failure.js";
import { requireDimension } from "./cube-index.js";
import { DataCube, type DimensionType } from "./data-cube.js";

function invalid(name: string, expected: string, value: Value | undefined): Error {
  const got = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
  return cubeFailure("ProcessParameterInvalid", `parameter '${name}' must be ${expected}, got ${got}.`);
}

/** The argument as a data cube; anything else is `ProcessParameterInvalid`. */
export function cubeArgument(value: Value | undefined, name: string): DataCube {
  if (value instanceof DataCube) return value;
  throw invalid(name, "a data cube", value);
}

/** The argument as a string; anything else is `ProcessParameterInvalid`. */
export function stringArgument(value: Value | undefined, name: string): string {
  if (typeof value === "string") return value;
  throw invalid(name, "a string", value);
}

/** The argument as a list of labels (numbers or strings); `null` is the empty list. */
export function labelsArgument(value: Value | undefined, name: string): (string | number)[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number")) {
    return value as (string | number)[];
  }
  throw invalid(name, "an array of labels", value);
}

/**
 * The positions a `dimension` argument selects: the named dimension, or with `null` every dimension of `type`.
 * Throws `DimensionNotAvailable` when nothing of that type is selected.
 */
export function dimensionsArgument(
  cube: DataCube,
  dimension: Value | undefined,
  type: DimensionType,
): number[] {
  const axes =
    dimension === null || dimension === undefined
      ? cube.dimensions.flatMap((item, index) => (item.type === type ? [index] : []))
      : [requireDimension(cube, stringArgument(dimension, "dimension"))];
  if (axes.length === 0 || axes.some((axis) => cube.dimensions[axis]?.type !== type)) {
    throw cubeFailure("DimensionNotAvailable", `the data cube has no such ${type} dimension.`);
  }
  return axes;
}
