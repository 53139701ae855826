import type { Schema } from "../internal/api-types.js";

/** What the mock knows about a process: enough for `GET /processes` and graph checks. */
export interface ProcessInfo {
  id: string;
  summary: string;
  parameters: {
    name: string;
    description: string;
    /** A JSON Schema, or a list of alternative ones (as openEO allows). */
    schema: Record<string, unknown> | Record<string, unknown>[];
    optional?: boolean;
  }[];
  returns: { description: string; schema: Record<string, unknown> };
}

const cube = { type: "object", subtype: "datacube" };
/** A bounding box in any EPSG CRS (transformed with proj4; raster results are written in that CRS). */
const boundingBox = {
  type: "object",
  subtype: "bounding-box",
  required: ["west", "south", "east", "north"],
  properties: {
    west: { type: "number" },
    south: { type: "number" },
    east: { type: "number" },
    north: { type: "number" },
    crs: {
      description: 'Any EPSG code, as 32632 or "EPSG:32632"; GeoTIFF results are written in it.',
      anyOf: [{ type: "integer", subtype: "epsg-code", minimum: 1000 }, { type: "string" }],
      default: 4326,
    },
  },
};
const spatialExtent = [boundingBox, { type: "object", subtype: "geojson" }, { type: "null" }];
const anyValue = {};
const callback = { type: "object", subtype: "process-graph" };
const param = (name: string, schema: Record<string, unknown>, optional = false) => ({
  name,
  description: `The ${name.replace(/_/g, " ")}.`,
  schema,
  ...(optional ? { optional: true } : {}),
});
const math = (id: string, summary: string): ProcessInfo => ({
  id,
  summary,
  parameters: [param("x", anyValue), param("y", anyValue)],
  returns: { description: "The computed value.", schema: anyValue },
});
const reducer = (id: string, summary: string): ProcessInfo => ({
  id,
  summary,
  parameters: [param("data", { type: "array" }), param("ignore_nodata", { type: "boolean" }, true)],
  returns: { description: "The computed value.", schema: anyValue },
});

/** The processes the mock accepts; anything else is `ProcessUnsupported`. */
const PROCESSES: readonly ProcessInfo[] = [
  {
    id: "load_collection",
    summary: "Load a collection",
    parameters: [
      param("id", { type: "string" }),
      { ...param("spatial_extent", {}), schema: spatialExtent },
      param("temporal_extent", { type: ["array", "null"] }),
      param("bands", { type: ["array", "null"] }, true),
      param("properties", { type: ["object", "null"] }, true),
    ],
    returns: { description: "A data cube.", schema: cube },
  },
  {
    id: "save_result",
    summary: "Save processed data",
    parameters: [
      param("data", anyValue),
      param("format", { type: "string" }),
      param("options", { type: "object" }, true),
    ],
    returns: { description: "Always true.", schema: { type: "boolean" } },
  },
  {
    id: "filter_bbox",
    summary: "Spatial filter using a bounding box",
    parameters: [param("data", cube), param("extent", { type: "object" })],
    returns: { description: "A data cube.", schema: cube },
  },
  {
    id: "filter_temporal",
    summary: "Temporal filter based on temporal intervals",
    parameters: [
      param("data", cube),
      param("extent", { type: "array" }),
      param("dimension", { type: ["string", "null"] }, true),
    ],
    returns: { description: "A data cube.", schema: cube },
  },
  {
    id: "filter_bands",
    summary: "Filter the bands by names",
    parameters: [
      param("data", cube),
      param("bands", { type: "array" }, true),
      param("wavelengths", { type: "array" }, true),
    ],
    returns: { description: "A data cube.", schema: cube },
  },
  {
    id: "reduce_dimension",
    summary: "Reduce dimensions",
    parameters: [
      param("data", cube),
      param("reducer", callback),
      param("dimension", { type: "string" }),
      param("context", anyValue, true),
    ],
    returns: { description: "A data cube.", schema: cube },
  },
  {
    id: "apply",
    summary: "Apply a process to each value",
    parameters: [param("data", cube), param("process", callback), param("context", anyValue, true)],
    returns: { description: "A data cube.", schema: cube },
  },
  {
    id: "ndvi",
    summary: "Normalized Difference Vegetation Index",
    parameters: [
      param("data", cube),
      param("nir", { type: "string" }, true),
      param("red", { type: "string" }, true),
      param("target_band", { type: ["string", "null"] }, true),
    ],
    returns: { description: "A data cube.", schema: cube },
  },
  {
    id: "linear_scale_range",
    summary: "Linear transformation between two ranges",
    parameters: [
      param("x", anyValue),
      param("inputMin", { type: "number" }),
      param("inputMax", { type: "number" }),
      param("outputMin", { type: "number" }, true),
      param("outputMax", { type: "number" }, true),
    ],
    returns: { description: "The transformed value.", schema: anyValue },
  },
  {
    id: "array_element",
    summary: "Get an element from an array",
    parameters: [
      param("data", { type: "array" }),
      param("index", { type: "integer" }, true),
      param("label", anyValue, true),
      param("return_nodata", { type: "boolean" }, true),
    ],
    returns: { description: "The element.", schema: anyValue },
  },
  math("add", "Addition of two numbers"),
  math("subtract", "Subtraction of two numbers"),
  math("multiply", "Multiplication of two numbers"),
  math("divide", "Division of two numbers"),
  reducer("mean", "Arithmetic mean (average)"),
  reducer("median", "Statistical median"),
  reducer("min", "Minimum value"),
  reducer("max", "Maximum value"),
];

const IDS = new Set(PROCESSES.map((p) => p.id));

export function isKnownProcess(id: string): boolean {
  return IDS.has(id);
}

/** The entries of `GET /processes`. */
export function processSummaries(): Schema<"process_summary">[] {
  return PROCESSES.map((p) => ({
    id: p.id,
    summary: p.summary,
    description: `${p.summary}. The jobkit mock only tracks extents and bands through this process.`,
    categories: ["jobkit mock"],
    parameters: p.parameters,
    returns: p.returns,
  }));
}
