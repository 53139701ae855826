import { cubeFailure } from "../../cube/cube-failure.js";
import type { DataCube } from "../../cube/data-cube.js";
import { vectorCube } from "../../cube/vector-cube.js";
import type { ProcessContext } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { loadSynthetic, WORLD } from "./load-synthetic.js";

/** File formats read as vector data; every other format is read as raster. */
const VECTOR_FORMATS = [
  "geojson",
  "geoparquet",
  "parquet",
  "shapefile",
  "esri shapefile",
  "gpkg",
  "geopackage",
  "fgb",
  "csv",
];

/**
 * The stand-in for a file nothing can read offline: an empty vector cube for vector formats, else a synthetic
 * single-band raster over the world without a time dimension.
 */
export function loadFile(process: string, source: string, format: Value, context: ProcessContext): DataCube {
  if (typeof format !== "string" || format.trim() === "") {
    throw cubeFailure("FormatUnsuitable", "parameter 'format' must name a file format.");
  }
  context.warn(`${process}: '${source}' is not read offline; the result only has the shape of one.`);
  if (VECTOR_FORMATS.includes(format.toLowerCase())) return vectorCube([]);
  return loadSynthetic({ process, source, bands: ["band_1"], coverage: WORLD }, null, context);
}
