import { ConformanceUsageError } from "./errors.js";
import { isObject } from "./internal/scenarios/answers.js";

/** The area the default process loads (a few square kilometres). */
export const DEFAULT_EXTENT = Object.freeze({ west: 5.05, south: 51.2, east: 5.1, north: 51.25 });

/**
 * `load_collection` of a small area and five days (one observation of a 5-day revisit: one GeoTIFF, where a cube
 * over several dates is saved as one file per date), saved as GTiff.
 */
function loadAndSave(load: Record<string, unknown>): Readonly<Record<string, unknown>> {
  return Object.freeze({
    process_graph: {
      load: {
        process_id: "load_collection",
        arguments: { spatial_extent: DEFAULT_EXTENT, temporal_extent: ["2024-06-04", "2024-06-09"], ...load },
      },
      save: {
        process_id: "save_result",
        arguments: { data: { from_node: "load" }, format: "GTiff" },
        result: true,
      },
    },
  });
}

/** A process that works on the jobkit mock: a small Sentinel-2 cut-out saved as GeoTIFF. */
export const DEFAULT_PROCESS = loadAndSave({ id: "SENTINEL2_L2A", bands: ["B04", "B08"] });

/** A process that fails while it runs on the mock: `load_collection` of a collection that does not exist. */
export const DEFAULT_FAILING_PROCESS = loadAndSave({ id: "NOT_A_COLLECTION" });

/**
 * Accepts a process (`{process_graph}`), a job or sync body (`{process: {process_graph}}`) or a bare graph
 * (`{node: {process_id, arguments}}`) and returns the process.
 */
export function normaliseProcess(value: unknown, source: string): Record<string, unknown> {
  if (isObject(value) && isObject(value.process) && isObject(value.process.process_graph))
    return value.process;
  if (isObject(value) && isObject(value.process_graph)) return value;
  if (
    isObject(value) &&
    Object.keys(value).length > 0 &&
    Object.values(value).every((node) => isObject(node) && typeof node.process_id === "string")
  ) {
    return { process_graph: value };
  }
  throw new ConformanceUsageError(
    `${source} is not a process: give {"process_graph": {...}}, a job body {"process": {...}} or a bare process graph.`,
  );
}
