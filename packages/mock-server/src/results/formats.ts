import type { Schema } from "../internal/api-types.js";
import { OpenEOError } from "../internal/openeo-error.js";
import { DEFAULT_JPEG_QUALITY, flattenPrefix, jpegQuality } from "./outputs/format-options.js";

/** An output format the mock can write. */
export interface OutputFormat {
  /** The canonical name, as listed by `GET /file_formats`. */
  name: string;
  title: string;
  gisDataTypes: ("raster" | "vector" | "table" | "other")[];
  mediaType: string;
  extension: string;
  roles: string[];
  /** The `save_result` options its writer honours, as `GET /file_formats` lists them (openEO parameter schemas). */
  parameters: Record<string, { description: string; schema: Record<string, unknown> }>;
  /** Throws `ProcessParameterInvalid` for options its writer cannot honour (checked before anything runs). */
  checkOptions?: (options: Readonly<Record<string, unknown>>) => unknown;
}

const OUTPUT_FORMATS: readonly OutputFormat[] = [
  {
    name: "GTiff",
    title: "GeoTIFF",
    gisDataTypes: ["raster"],
    mediaType: "image/tiff; application=geotiff",
    extension: "tif",
    roles: ["data"],
    parameters: {},
  },
  {
    name: "netCDF",
    title: "Network Common Data Form (netCDF-4, CF conventions)",
    gisDataTypes: ["raster"],
    mediaType: "application/x-netcdf",
    extension: "nc",
    roles: ["data"],
    parameters: {},
  },
  {
    name: "JSON",
    title: "JSON",
    gisDataTypes: ["raster", "vector", "table", "other"],
    mediaType: "application/json",
    extension: "json",
    roles: ["data"],
    parameters: {},
  },
  {
    name: "GeoJSON",
    title: "GeoJSON FeatureCollection",
    gisDataTypes: ["vector"],
    mediaType: "application/geo+json",
    extension: "geojson",
    roles: ["data"],
    parameters: {
      flatten_prefix: {
        description:
          "Put before every property name: `<prefix>~<date>~<band>` (openeo-python-driver's vector-cube option).",
        schema: { type: "string" },
      },
    },
    checkOptions: flattenPrefix,
  },
  {
    name: "CSV",
    title: "Comma-separated values",
    gisDataTypes: ["vector", "table"],
    mediaType: "text/csv",
    extension: "csv",
    roles: ["data"],
    parameters: {},
  },
  {
    name: "PNG",
    title: "PNG quicklook",
    gisDataTypes: ["raster"],
    mediaType: "image/png",
    extension: "png",
    roles: ["thumbnail", "overview"],
    parameters: {},
  },
  {
    name: "JPEG",
    title: "JPEG quicklook",
    gisDataTypes: ["raster"],
    mediaType: "image/jpeg",
    extension: "jpg",
    roles: ["thumbnail", "overview"],
    parameters: {
      quality: {
        description: "JPEG quality, from 1 (smallest file) to 100 (best picture).",
        schema: { type: "integer", minimum: 1, maximum: 100, default: DEFAULT_JPEG_QUALITY },
      },
    },
    checkOptions: jpegQuality,
  },
  {
    name: "GeoParquet",
    title: "GeoParquet 1.1 (Parquet with WKB geometries)",
    gisDataTypes: ["vector"],
    mediaType: "application/vnd.apache.parquet",
    extension: "parquet",
    roles: ["data"],
    parameters: {},
  },
];

/** Other names graphs use for a format: `GeoTIFF`, `JPG`, and `Parquet` (as openeo-python-driver's back-ends name it). */
const ALIASES: Readonly<Record<string, string>> = { geotiff: "GTiff", jpg: "JPEG", parquet: "GeoParquet" };

const BY_LOWER_NAME = new Map(OUTPUT_FORMATS.map((f) => [f.name.toLowerCase(), f]));
for (const [alias, name] of Object.entries(ALIASES)) {
  BY_LOWER_NAME.set(alias, BY_LOWER_NAME.get(name.toLowerCase()) as OutputFormat);
}

/** Finds an output format by name, case-insensitively (`gtiff`, `GTIFF`, `GeoTIFF`; `parquet`, `jpg` all work). */
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
    output[format.name] = {
      title: format.title,
      gis_data_types: format.gisDataTypes,
      parameters: format.parameters,
    };
  }
  return {
    input: { GeoJSON: { title: "GeoJSON", gis_data_types: ["vector"], parameters: {} } },
    output,
  };
}
