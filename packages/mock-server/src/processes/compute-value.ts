import type {
  CollectionCatalog,
  ProcessContext,
  ProcessGraph,
  ProcessRegistry,
  Value,
} from "@jobkit/processes";
import { lazyModule } from "../internal/lazy-module.js";
import { OpenEOError } from "../internal/openeo-error.js";
import type { BBox } from "./bbox.js";
import { hasArea, UNNAMED_COLLECTION_BAND } from "./clip-to-collection.js";
import type { CollectionInfo } from "./collections.js";

/**
 * `@jobkit/processes` with the registry of every official process it implements (one for the whole mock: it
 * holds no state), the registries the mock builds on it (user-defined and listed processes) and the JSON writer
 * of its values, loaded at the first process graph checked or process list served, not at start.
 */
export const engine = lazyModule("The process engine", async () => {
  const [
    {
      createProcessRegistry,
      cubeToJson,
      isDataCube,
      JobkitProcessesError,
      periodStart,
      runProcessGraph,
      validateProcess,
    },
    { jsonOfValue },
    { NamespacedRegistry },
    { predefinedRegistry },
  ] = await Promise.all([
    import("@jobkit/processes"),
    import("../results/json-value.js"),
    import("./namespaced-registry.js"),
    import("./listed-registry.js"),
  ]);
  const registry = createProcessRegistry();
  return {
    registry,
    cubeToJson,
    isDataCube,
    JobkitProcessesError,
    periodStart,
    runProcessGraph,
    validateProcess,
    jsonOfValue,
    NamespacedRegistry,
    predefinedRegistry,
  };
});

/** Whether the graph saves its result to files (`save_result`), rather than returning a value. */
export function savesResult(graph: Record<string, unknown>): boolean {
  return Object.values(graph).some(
    (node) => (node as { process_id?: unknown } | null)?.process_id === "save_result",
  );
}

/** The whole world: the coverage of a collection whose extent has no area (unknown, `[0, 0, 0, 0]`). */
const WORLD: BBox = [-180, -90, 180, 90];

/** The bands each common name of a collection stands for. */
function commonNamesOf(collection: CollectionInfo): Record<string, string[]> {
  const names: Record<string, string[]> = {};
  for (const band of collection.bands) {
    if (band.common_name) names[band.common_name] = [...(names[band.common_name] ?? []), band.name];
  }
  return names;
}

/**
 * The engine's view of the collections, as the mock's plan reads them: a collection without bands has one,
 * `band_1`; one whose extent has no area covers the world.
 */
function catalogOf(collections: readonly CollectionInfo[]): CollectionCatalog {
  return {
    get(id) {
      const found = collections.find((collection) => collection.id === id);
      return (
        found && {
          id,
          bands: found.bands.length > 0 ? found.bands.map((band) => band.name) : [UNNAMED_COLLECTION_BAND],
          bbox: hasArea(found.bbox) ? found.bbox : WORLD,
          interval: found.interval,
          commonNames: commonNamesOf(found),
          temporal: found.temporal,
          stepDays: found.stepDays,
        }
      );
    },
  };
}

/** The engine's limits the mock's options set; undefined leaves the engine's default. */
export interface EngineLimits {
  readonly maxCubeCells: number | undefined;
  readonly maxPixelsPerAxis: number | undefined;
  /** How long one run may compute (ms of wall-clock time). */
  readonly maxRunMs: number;
}

/** The engine's message, plus, for a cube above the limit, how the mock's limit is set. */
function messageOf(error: { openeoCode: string; message: string }, limits: EngineLimits): string {
  if (error.openeoCode === "CubeTooLarge")
    return `${error.message} The mock's limit is set with --max-cube-cells (option maxCubeCells).`;
  if (error.openeoCode === "RequestTimeout")
    return `${error.message} The mock gives a run ${limits.maxRunMs} ms, set with --max-run-ms (option maxRunMs).`;
  return error.message;
}

/**
 * Validates and runs a process graph through `@jobkit/processes` (loaded by `engine.load()`) with the request's
 * `registry` (see `ProcessCatalog.registryFor`) within the mock's `limits`; returns its value and the warnings for
 * the log, each once. A cube of more than `maxCubeCells` cells is refused before it is allocated, as
 * `CubeTooLarge` naming the limit and the flag. A refusal or a failure becomes the openEO error the engine names,
 * with its status. `saveResult` receives what each `save_result` node saves (see `ProcessContext.saveResult`).
 */
export function computeValue(
  graph: ProcessGraph,
  collections: readonly CollectionInfo[],
  registry: ProcessRegistry,
  limits: EngineLimits,
  saveResult?: ProcessContext["saveResult"],
): { value: Value; warnings: string[] } {
  const { JobkitProcessesError, runProcessGraph } = engine.get();
  const warnings = new Set<string>(); // a callback warns once per call: a UDF in apply_dimension, per pixel
  const context = {
    warn: (message: string) => warnings.add(message),
    collections: catalogOf(collections),
    ...(limits.maxCubeCells === undefined ? {} : { maxCubeCells: limits.maxCubeCells }),
    ...(limits.maxPixelsPerAxis === undefined ? {} : { maxPixelsPerAxis: limits.maxPixelsPerAxis }),
    deadline: Date.now() + limits.maxRunMs,
    ...(saveResult ? { saveResult } : {}),
  };
  try {
    const value = runProcessGraph({ process_graph: graph }, { registry, context });
    return { value, warnings: [...warnings] };
  } catch (error) {
    if (!(error instanceof JobkitProcessesError)) throw error;
    throw OpenEOError.custom(error.status, error.openeoCode, messageOf(error, limits), { cause: error });
  }
}
