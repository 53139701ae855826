import { epsgCode } from "./crs.js";
import { cubeFailure } from "./cube-failure.js";
import { takeLabels } from "./cube-reshape.js";
import { DataCube, type Dimension } from "./data-cube.js";

/** A GeoJSON geometry as vector cubes hold it. */
export interface Geometry {
  readonly type: string;
  readonly coordinates?: unknown;
  readonly geometries?: readonly Geometry[];
}

/** The name vector cubes give their geometry dimension. */
export const GEOMETRY_DIMENSION = "geometry";

/** A vector cube of geometries (EPSG:4326 unless told), one no-data cell per geometry. */
export function vectorCube(geometries: readonly Geometry[], epsg = 4326): DataCube {
  const dimension: Dimension = {
    name: GEOMETRY_DIMENSION,
    type: "geometry",
    labels: geometries.map((_, index) => index),
    referenceSystem: epsg,
    geometries,
  };
  return new DataCube([dimension], new Float64Array(geometries.length).fill(Number.NaN));
}

/** Where a vector cube's geometry dimension is, with its geometries and their EPSG code. */
export function geometryDimension(cube: DataCube): { axis: number; geometries: Geometry[]; epsg: number } {
  const axis = cube.dimensions.findIndex((dimension) => dimension.type === "geometry");
  if (axis < 0)
    throw cubeFailure("DimensionMissing", "the data cube has no geometry dimension (a vector cube).");
  const dimension = cube.dimensions[axis] as Dimension;
  return {
    axis,
    geometries: [...((dimension.geometries ?? []) as Geometry[])],
    epsg: epsgCode(dimension.referenceSystem ?? 4326),
  };
}

/** Throws `UnitMismatch` unless the CRS measures in metres (anything but EPSG:4326 among those supported). */
export function assertMetres(epsg: number, process: string): void {
  if (epsg === 4326) {
    throw cubeFailure(
      "UnitMismatch",
      `${process} measures distances in metres, EPSG:4326 in degrees; reproject with vector_reproject first.`,
    );
  }
}

/** The vector cube with only the geometries `keep` accepts (labels, geometries and cells alike). */
export function keepGeometries(cube: DataCube, keep: (geometry: Geometry) => boolean): DataCube {
  const { axis, geometries } = geometryDimension(cube);
  const old = cube.dimensions[axis] as Dimension;
  const sources = geometries.flatMap((geometry, index) => (keep(geometry) ? [index] : []));
  const dimension: Dimension = {
    ...old,
    labels: sources.map((index) => old.labels[index] as string | number),
    geometries: sources.map((index) => geometries[index]),
  };
  return takeLabels(cube, axis, dimension, sources);
}
