import type { Schema } from "../internal/api-types.js";
import { OpenEOError } from "../internal/openeo-error.js";

/** An output format the mock can write. */
export interface OutputFormat {
  /** The canonical name, as listed by `GET /file_formats`. */
  name: string;
  title: string;
  gisDataTypes: ("raster" | "vector" | "table" | "other")[];
  mediaType: string;
  extension: string;
  roles: string[];
}

const OUTPUT_FORMATS: readonly OutputFormat[] = [
  {
    name: "GTiff",
    title: "GeoTIFF",
    gisDataTypes: ["raster"],
    mediaType: "image/tiff; application=geotiff",
    extension: "tif",
    roles: ["data"],
  },
  {
    name: "netCDF",
    title: "Network Common Data Form (netCDF-4, CF conventions)",
    gisDataTypes: ["raster"],
    mediaType: "application/x-netcdf",
    extension: "nc",
    roles: ["data"],
  },
  {
    name: "JSON",
    title: "JSON",
    gisDataTypes: ["raster", "vector", "table", "other"],
    mediaType: "application/json",
    extension: "json",
    roles: ["data"],
  },
  {
    name: "GeoJSON",
    title: "GeoJSON FeatureCollection",
    gisDataTypes: ["vector"],
    mediaType: "application/geo+json",
    extension: "geojson",
    roles: ["data"],
  },
  {
    name: "CSV",
    title: "Comma-separated values",
    gisDataTypes: ["table"],
    mediaType: "text/csv",
    extension: "csv",
    roles: ["data"],
  },
  {
    name: "PNG",
    title: "PNG quicklook",
    gisDataTypes: ["raster"],
    mediaType: "image/png",
    extension: "png",
    roles: ["thumbnail", "overview"],
  },
];

const BY_LOWER_NAME = new Map(OUTPUT_FORMATS.map((f) => [f.name.toLowerCase(), f]));
BY_LOWER_NAME.set("geotiff", OUTPUT_FORMATS[0] as OutputFormat);

/** Finds an output format by name, case-insensitively (`gtiff`, `GTIFF`, `GeoTIFF` all work). */
export function findOutputFormat(name: string): OutputFormat | undefined {
  return BY_LOWER_NAME.get(name.toLowerCase());
}

/** The output format `name` names (see {@link findOutputFormat}); `FormatUnsupported` when there is none. */
export function outputFormatOf(name: string): OutputFormat {
  const format = findOutputFormat(name);
  if (!format) {
    throw new OpenEOError(
      "FormatUnsupported",
      `The output format '${name}' is not supported; GET /file_formats lists them.`,
    );
  }
  return format;
}

/** The body of `GET /file_formats`. */
export function fileFormatsDocument(): Schema<"file_formats"> {
  const output: Schema<"file_formats">["output"] = {};
  for (const format of OUTPUT_FORMATS) {
    output[format.name] = { title: format.title, gis_data_types: format.gisDataTypes, parameters: {} };
  }
  return {
    input: { GeoJSON: { title: "GeoJSON", gis_data_types: ["vector"], parameters: {} } },
    output,
  };
}
