import type { ProcessRegistry } from "@jobkit/processes";
import type { ErrorCode } from "@jobkit/spec/facts";
import { OpenEOError } from "../internal/openeo-error.js";
import { findOutputFormat, type OutputFormat, outputFormatOf } from "../results/formats.js";
import type { BBox } from "./bbox.js";
import { clipToCollection, hasArea } from "./clip-to-collection.js";
import type { CollectionInfo } from "./collections.js";
import { epsgCodeOf, isWgs84, projDefinition, toWgs84 } from "./crs.js";
import type { Cube } from "./cube.js";

/** One file the job will write: a `save_result` node. */
export interface PlannedOutput {
  format: OutputFormat;
  options: Record<string, unknown>;
}

/**
 * The cheap shape analysis of a process graph, made without running it: the extent and bands of its saved cube
 * and its outputs, for cost and size estimates, the results' extent, and the problems known before the run. The
 * engine computes the files (see `computeSaves`).
 */
export interface ExecutionPlan extends Cube {
  outputs: PlannedOutput[];
  /** Problems the job runs into at run time (unknown collection or band): the job ends in `error`. */
  runtimeErrors: { code: ErrorCode; message: string; nodeId: string; processId: string }[];
}

type Node = { process_id: string; arguments: Record<string, unknown>; result?: boolean; namespace?: unknown };
type Graph = Record<string, Node>;

const DEFAULT_BBOX: BBox = [11.2, 46.4, 11.5, 46.6];
/**
 * Most band names one list of a graph may have, and most bands its result may have. The engine's cube-cell limit
 * (`maxCubeCells`) guards the memory of the data; this bounds the analysis' own band lists, which every node of a
 * graph may copy (500 nodes x 4096 names), far above any sensor's band count (hyperspectral ones have up to a few
 * hundred).
 */
const MAX_BANDS = 4096;
/** Most `save_result` nodes one graph may have. */
const MAX_OUTPUTS = 32;
/** Most nodes one (callback) graph may have. */
const MAX_NODES = 500;

function invalid(message: string): OpenEOError {
  return new OpenEOError("ProcessGraphInvalid", message);
}

function parameterInvalid(process: string, parameter: string, reason: string): OpenEOError {
  return new OpenEOError(
    "ProcessParameterInvalid",
    `The value passed for parameter '${parameter}' in process '${process}' is invalid: ${reason}`,
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Checks the structure of a (possibly nested) process graph: nodes, one result node, references. */
function checkGraph(graph: unknown, where: string, registry: ProcessRegistry): Graph {
  if (!isObject(graph) || Object.keys(graph).length === 0) {
    throw invalid(`${where} must be a non-empty object of process nodes.`);
  }
  if (Object.keys(graph).length > MAX_NODES) {
    throw new OpenEOError("ProcessGraphComplexity", `${where} has more than ${MAX_NODES} nodes.`);
  }
  let results = 0;
  for (const [id, node] of Object.entries(graph)) {
    if (!isObject(node)) throw invalid(`Node "${id}" in ${where} must be an object.`);
    if (typeof node.process_id !== "string" || node.process_id === "") {
      throw invalid(`Node "${id}" in ${where} needs a string process_id.`);
    }
    if (!isObject(node.arguments)) throw invalid(`Node "${id}" in ${where} needs an arguments object.`);
    if (node.result !== undefined && typeof node.result !== "boolean") {
      throw invalid(`Node "${id}" in ${where}: result must be a boolean.`);
    }
    if (node.result === true) results += 1;
    if (!registry.resolve(node.process_id, node.namespace))
      throw unsupported(node.process_id, node.namespace);
    checkArguments(node.arguments, graph, `node "${id}"`, registry);
  }
  if (results !== 1)
    throw invalid(`${where} must have exactly one node with "result": true, found ${results}.`);
  return graph as Graph;
}

function unsupported(id: string, namespace: unknown): OpenEOError {
  const where =
    namespace === undefined || namespace === null
      ? "GET /processes and GET /process_graphs list the ones this back-end knows"
      : `it is not available in namespace ${JSON.stringify(namespace)}`;
  return new OpenEOError("ProcessUnsupported", `Process '${id}' is not supported: ${where}.`);
}

function checkArguments(
  value: unknown,
  graph: Record<string, unknown>,
  where: string,
  registry: ProcessRegistry,
): void {
  if (Array.isArray(value)) {
    for (const item of value) checkArguments(item, graph, where, registry);
    return;
  }
  if (!isObject(value)) return;
  if ("from_node" in value) {
    if (typeof value.from_node !== "string" || !(value.from_node in graph)) {
      throw invalid(
        `In ${where}: from_node "${String(value.from_node)}" does not name a node of the same graph.`,
      );
    }
    return;
  }
  if ("process_graph" in value) {
    checkGraph(value.process_graph, `the callback in ${where}`, registry);
    return;
  }
  for (const item of Object.values(value)) checkArguments(item, graph, where, registry);
}

const GEOJSON_TYPES = new Set([
  "Polygon",
  "MultiPolygon",
  "Feature",
  "FeatureCollection",
  "GeometryCollection",
  "Point",
  "MultiPoint",
  "LineString",
  "MultiLineString",
]);

/** The bounding box of every coordinate pair in a GeoJSON object (WGS84), or undefined when it has none. */
function geoJsonBBox(value: unknown): BBox | undefined {
  const box: BBox = [
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  const visit = (node: unknown, depth: number): void => {
    if (!Array.isArray(node) || depth > 8) return;
    if (node.length >= 2 && typeof node[0] === "number" && typeof node[1] === "number") {
      box[0] = Math.min(box[0], node[0]);
      box[1] = Math.min(box[1], node[1]);
      box[2] = Math.max(box[2], node[0]);
      box[3] = Math.max(box[3], node[1]);
      return;
    }
    for (const child of node) visit(child, depth + 1);
  };
  const geometries = (node: unknown): unknown[] => {
    if (!isObject(node)) return [];
    if (node.type === "FeatureCollection" && Array.isArray(node.features))
      return node.features.flatMap(geometries);
    if (node.type === "Feature") return geometries(node.geometry);
    if (node.type === "GeometryCollection" && Array.isArray(node.geometries))
      return node.geometries.flatMap(geometries);
    return [node.coordinates];
  };
  for (const coordinates of geometries(value)) visit(coordinates, 0);
  return Number.isFinite(box[0]) ? box : undefined;
}

/** A spatial extent: its WGS84 box, and the box in the CRS it was given in when that is not WGS84. */
type Extent = Pick<Cube, "bbox" | "native">;

function readBBox(value: unknown, process: string, parameter: string): Extent {
  if (!isObject(value))
    throw parameterInvalid(process, parameter, "expected {west, south, east, north} or GeoJSON.");
  if (typeof value.type === "string" && GEOJSON_TYPES.has(value.type)) {
    const box = geoJsonBBox(value);
    if (!box) throw parameterInvalid(process, parameter, "the GeoJSON has no coordinates.");
    return { bbox: checkedBBox(box, process, parameter), native: undefined };
  }
  const { west, south, east, north, crs } = value;
  if (![west, south, east, north].every((n) => typeof n === "number" && Number.isFinite(n))) {
    throw parameterInvalid(process, parameter, "west, south, east and north must be numbers.");
  }
  const box = [west, south, east, north] as BBox;
  if (isWgs84(crs)) return { bbox: checkedBBox(box, process, parameter), native: undefined };
  return projectedExtent(box, crs, process, parameter);
}

/** An extent in any EPSG CRS the EPSG index knows: transformed to WGS84 with proj4, its own box kept. */
function projectedExtent(box: BBox, crs: unknown, process: string, parameter: string): Extent {
  const epsg = epsgCodeOf(crs);
  const definition = epsg === undefined ? undefined : projDefinition(epsg);
  if (epsg === undefined || !definition) {
    throw parameterInvalid(
      process,
      parameter,
      `the crs ${JSON.stringify(crs)} is not an EPSG code the back-end knows; give an EPSG code such as 32632 or "EPSG:32632".`,
    );
  }
  if (box[0] >= box[2] || box[1] >= box[3])
    throw parameterInvalid(process, parameter, `expected west < east and south < north in EPSG:${epsg}.`);
  const wgs84 = toWgs84(definition, box);
  if (!wgs84.every(Number.isFinite))
    throw parameterInvalid(process, parameter, `the extent lies outside the area of EPSG:${epsg}.`);
  const geographic = definition.includes("+proj=longlat");
  return { bbox: checkedBBox(wgs84, process, parameter), native: { epsg, geographic, bbox: box } };
}

function checkedBBox(box: BBox, process: string, parameter: string): BBox {
  if (box[0] >= box[2] || box[1] >= box[3] || box[0] < -180 || box[2] > 180 || box[1] < -90 || box[3] > 90) {
    throw parameterInvalid(process, parameter, "expected west < east and south < north within WGS84 bounds.");
  }
  return box;
}

function readTemporal(
  value: unknown,
  process: string,
  parameter: string,
): [string | null, string | null] | null {
  if (value === null || value === undefined) return null;
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((v) => v === null || (typeof v === "string" && !Number.isNaN(Date.parse(v))))
  ) {
    throw parameterInvalid(process, parameter, "expected [start, end] with ISO 8601 dates or null.");
  }
  const iso = (v: unknown) => (v === null ? null : new Date(v as string).toISOString());
  return [iso(value[0]), iso(value[1])];
}

function readBands(value: unknown, process: string, parameter: string): string[] | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value) || !value.every((b) => typeof b === "string")) {
    throw parameterInvalid(process, parameter, "expected an array of band names.");
  }
  if (value.length > MAX_BANDS)
    throw parameterInvalid(process, parameter, `at most ${MAX_BANDS} bands are supported.`);
  return value as string[];
}

/**
 * The cube of a `load_collection` node, clipped to its collection (see {@link clipToCollection}), and the
 * problems that will fail the job: `CollectionNotFound`, or `ProcessParameterInvalid` for what lies outside.
 * Without a `spatial_extent`, a small default box (inside the collection when it overlaps).
 */
function loadCollection(
  args: Record<string, unknown>,
  collections: readonly CollectionInfo[],
): { cube: Cube; problems: string[]; code: ErrorCode } {
  if (typeof args.id !== "string")
    throw parameterInvalid("load_collection", "id", "expected a collection id string.");
  const id = args.id;
  const requested = readBands(args.bands, "load_collection", "bands");
  const spatial = args.spatial_extent;
  const cube: Cube = {
    ...(spatial === null || spatial === undefined
      ? { bbox: DEFAULT_BBOX, native: undefined }
      : readBBox(spatial, "load_collection", "spatial_extent")),
    temporalExtent: readTemporal(args.temporal_extent, "load_collection", "temporal_extent"),
    bands: requested ?? ["band_1"],
  };
  const collection = collections.find((candidate) => candidate.id === id);
  if (!collection)
    return { cube, problems: [`Collection '${id}' does not exist.`], code: "CollectionNotFound" };
  const elsewhere = hasArea(collection.bbox) && !overlaps(DEFAULT_BBOX, collection.bbox);
  const unbounded = spatial === null || spatial === undefined;
  const start = unbounded && elsewhere ? { ...cube, bbox: collection.bbox } : cube;
  return { ...clipToCollection(start, requested, collection), code: "ProcessParameterInvalid" };
}

function overlaps(a: BBox, b: BBox): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/**
 * Checks a `process` object (the body part of POST /jobs and POST /result) against the processes of `registry`
 * (the request's, see `ProcessCatalog.registryFor`) and derives what the mock needs to fake the run. Rejects (400) structure errors, unknown processes (ProcessUnsupported) and bad
 * parameters; an unknown collection, or extents and bands outside the collection, are accepted here and make
 * the job fail at run time.
 */
export function analyseProcess(
  process: unknown,
  collections: readonly CollectionInfo[],
  registry: ProcessRegistry,
): ExecutionPlan {
  if (!isObject(process) || !("process_graph" in process)) {
    throw new OpenEOError("ProcessGraphMissing", "The process must contain a process_graph object.");
  }
  const graph = checkGraph(process.process_graph, "process_graph", registry);
  const runtimeErrors: ExecutionPlan["runtimeErrors"] = [];
  const memo = new Map<string, Cube | undefined>();
  const visiting = new Set<string>();

  const cubeOf = (value: unknown): Cube | undefined => {
    if (isObject(value) && typeof value.from_node === "string") return evaluate(value.from_node);
    return undefined;
  };

  const evaluate = (id: string): Cube | undefined => {
    if (memo.has(id)) return memo.get(id);
    if (visiting.has(id)) throw invalid(`process_graph has a cycle through node "${id}".`);
    visiting.add(id);
    const node = graph[id] as Node;
    const args = node.arguments;
    let cube: Cube | undefined;
    switch (node.process_id) {
      case "load_collection": {
        const loaded = loadCollection(args, collections);
        runtimeErrors.push(
          ...loaded.problems.map((message) => ({
            code: loaded.code,
            message,
            nodeId: id,
            processId: node.process_id,
          })),
        );
        cube = loaded.cube;
        break;
      }
      case "filter_bbox": {
        const input = cubeOf(args.data);
        cube = input && { ...input, ...readBBox(args.extent, "filter_bbox", "extent") };
        break;
      }
      case "filter_temporal": {
        const input = cubeOf(args.data);
        cube = input && { ...input, temporalExtent: readTemporal(args.extent, "filter_temporal", "extent") };
        break;
      }
      case "filter_bands": {
        const input = cubeOf(args.data);
        const bands = readBands(args.bands, "filter_bands", "bands");
        cube = input && { ...input, bands: bands ?? input.bands };
        break;
      }
      case "ndvi": {
        const input = cubeOf(args.data);
        const target = typeof args.target_band === "string" ? args.target_band : null;
        cube = input && { ...input, bands: target ? [...input.bands, target] : ["ndvi"] };
        break;
      }
      case "reduce_dimension": {
        const input = cubeOf(args.data);
        if (typeof args.dimension !== "string")
          throw parameterInvalid("reduce_dimension", "dimension", "expected a string.");
        if (input && args.dimension === "bands") cube = { ...input, bands: ["reduced"] };
        else if (input) cube = { ...input, temporalExtent: null };
        break;
      }
      case "save_result": {
        cube = cubeOf(args.data);
        break;
      }
      default:
        cube = Object.values(args)
          .map(cubeOf)
          .find((c) => c !== undefined);
    }
    visiting.delete(id);
    memo.set(id, cube);
    return cube;
  };

  const outputs: PlannedOutput[] = [];
  let primary: Cube | undefined;
  for (const [id, node] of Object.entries(graph)) {
    const cube = evaluate(id);
    if (node.process_id === "load_collection" && !primary) primary = cube;
    if (node.process_id !== "save_result") continue;
    const name = node.arguments.format;
    if (typeof name !== "string")
      throw parameterInvalid("save_result", "format", "expected a format name string.");
    const format = outputFormatOf(name);
    const options = node.arguments.options ?? {};
    if (!isObject(options)) throw parameterInvalid("save_result", "options", "expected an object.");
    format.checkOptions?.(options);
    outputs.push({ format, options });
    if (outputs.length > MAX_OUTPUTS) {
      throw new OpenEOError(
        "ProcessGraphComplexity",
        `A process graph may save at most ${MAX_OUTPUTS} results.`,
      );
    }
    primary = cube ?? primary;
  }
  if (outputs.length === 0) {
    const fallback = findOutputFormat(primary ? "GTiff" : "JSON") as OutputFormat;
    outputs.push({ format: fallback, options: {} });
  }
  if ((primary?.bands.length ?? 0) > MAX_BANDS) {
    throw new OpenEOError("ProcessGraphComplexity", `The result would have more than ${MAX_BANDS} bands.`);
  }
  return {
    bbox: primary?.bbox ?? DEFAULT_BBOX,
    native: primary?.native,
    temporalExtent: primary?.temporalExtent ?? null,
    bands: primary?.bands ?? ["band_1"],
    outputs,
    runtimeErrors,
  };
}
