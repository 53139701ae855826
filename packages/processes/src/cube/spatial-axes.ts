import { epsgCode } from "./crs.js";
import { cubeFailure } from "./cube-failure.js";
import type { DataCube } from "./data-cube.js";

/** Where a raster cube's horizontal axes are and in which CRS their labels are. */
export interface SpatialAxes {
  readonly x: number;
  readonly y: number;
  /** The EPSG code of the labels; EPSG:4326 when the cube does not say. */
  readonly epsg: number;
}

function axisOf(cube: DataCube, axis: "x" | "y"): number {
  const byAxis = cube.dimensions.findIndex((item) => item.type === "spatial" && item.axis === axis);
  if (byAxis >= 0) return byAxis;
  return cube.dimensions.findIndex((item) => item.type === "spatial" && item.name === axis);
}

/** The x and y dimensions of a raster cube; throws `DimensionMissing` when it lacks one. */
export function spatialAxes(cube: DataCube): SpatialAxes {
  const x = axisOf(cube, "x");
  const y = axisOf(cube, "y");
  if (x < 0 || y < 0) {
    throw cubeFailure("DimensionMissing", "the data cube needs spatial dimensions with axes x and y.");
  }
  const crs = cube.dimensions[x]?.referenceSystem ?? cube.dimensions[y]?.referenceSystem ?? 4326;
  return { x, y, epsg: epsgCode(crs) };
}
