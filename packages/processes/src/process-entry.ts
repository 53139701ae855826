import type { CollectionCatalog } from "./cube/collection-catalog.js";
import type { DataCube } from "./cube/data-cube.js";
import type { ProcessDefinition, Schema } from "./process-definition.js";
import type { Value } from "./value.js";

/** What a running process may tell its caller besides its value. */
export interface ProcessContext {
  /** Records a `warning` for the job log: a result that is shape-only, an option that is ignored, ... */
  warn(message: string): void;
  /** The collections `load_collection` reads; without it, every id is unknown. */
  readonly collections?: CollectionCatalog;
  /** Most cells one cube may hold; a process that would make a larger one fails naming the limit. */
  readonly maxCubeCells?: number;
  /**
   * Most pixels along x or y of a synthetic collection's grid (256 when unset): a wider extent is sampled on a
   * coarser grid, doubling the resolution until it fits.
   */
  readonly maxPixelsPerAxis?: number;
  /**
   * When the run must end, as `Date.now()` counts: a process (callbacks' included) that would start later fails
   * with openEO's `RequestTimeout`, so that one graph cannot hold its host for hours. Unset: no budget.
   */
  readonly deadline?: number;
  /**
   * Receives what `save_result` saves, once per call: the cube (raster or vector), the format name as the graph
   * gives it and the format's options. A back-end writes its result files from it; without it, `save_result`
   * only describes the result.
   */
  readonly saveResult?: (cube: DataCube, format: string, options: Readonly<Record<string, Value>>) => void;
}

/** The arguments a process runs with: resolved values, defaults filled in, callbacks as {@link Callback}s. */
export type ProcessArguments = Readonly<Record<string, Value>>;

/**
 * How a process is computed: `exact` follows the official definition and its tests;
 * `shape-only` returns data of the right shape, type, dimensions and labels, and warns that it did.
 */
export type Fidelity = "exact" | "shape-only";

/** The implementation half of a registry entry, written by hand for one official process. */
export interface ProcessImplementation {
  readonly id: string;
  /** One line in our own words. */
  readonly summary: string;
  readonly fidelity: Fidelity;
  readonly run: (args: ProcessArguments, context: ProcessContext) => Value;
  /**
   * For reducers (`mean`, `median`, ...): the same result over plain numbers, no-data as `NaN`. Cube processes use
   * it instead of calling a one-node reducer callback once per pixel.
   */
  readonly reduceNumbers?: (values: Float64Array, args: ProcessArguments) => number;
  /**
   * For element-wise processes (`absolute`, `linear_scale_range`, ...): the value for one number `x`, no-data as
   * `NaN`. `apply` uses it instead of calling a one-node callback once per pixel.
   */
  readonly mapNumber?: (x: number, args: ProcessArguments) => number;
  /**
   * Per parameter, one more schema an argument may match besides the definition's, only where the definition's
   * own text admits more than its schema (`apply_polygon` lists GeoJSON forms for its vector-cube `geometries`).
   * Validation accepts either; `GET /processes` still shows the official schema.
   */
  readonly alsoAccepts?: Readonly<Record<string, Schema>>;
  /** For loaders (`load_collection`): the filters it can take into the load, as real back-ends do. */
  readonly pushdown?: FilterPushdown;
  /**
   * For processes that keep cells in place (they work cell by cell, or along dimensions other than x and y): the
   * data cube arguments whose cells at one x and y alone make the result's cells at that x and y, for a node's
   * arguments as written (literals; a callback or a reference may be given). Undefined when that does not hold for
   * these arguments (`apply_dimension` over `x`, say). A filter of x and y after such a process may be pushed
   * through it into a loader (see `FilterPushdown.spatial`).
   */
  readonly cellsInPlace?: (args: Readonly<Record<string, unknown>>) => readonly string[] | undefined;
  /**
   * With `cellsInPlace`, for processes that read a neighbourhood (`apply_neighborhood`): how many pixels of x and y
   * around a cell its result's cell may read, for a node's arguments as written; 0 when absent. A filter pushed
   * through it keeps that many more pixels in the load.
   */
  readonly spatialMargin?: (args: Readonly<Record<string, unknown>>) => number;
}

/** One filter node that reads a loader's result, its arguments resolved (`data` left out). */
export interface PushedFilter {
  readonly id: string;
  readonly args: ProcessArguments;
  /** Pixels around the area the filter keeps that the processes between it and the loader read (see `spatialMargin`). */
  readonly margin: number;
}

/**
 * How a loader reads only what the filters after it keep. When the loader's result is read only by one of
 * `filters` (as its `data`), and that filter's result in turn only by the next, and so on, the engine calls
 * `narrow` with the loader's arguments and each filter's, in order, and runs the loader with what it returns;
 * the filters still run, on the smaller cube, so the result is the one of loading the whole and filtering.
 * `narrow` returns undefined for a filter it cannot take (the chain stops there); it may throw, which stops the
 * chain too (the filter reports its own error when it runs).
 */
export interface FilterPushdown {
  /** The filters, as implemented: a node counts when its process runs one of them (not a namesake). */
  readonly filters: readonly ProcessImplementation[];
  /**
   * Those of `filters` that keep an area of x and y. One of them may also stand further on: when every path from
   * the loader (past the filters that follow it directly) runs through processes that keep cells in place
   * (`cellsInPlace`) and ends in that one filter, as its `data`, the engine calls `narrow` with it too.
   */
  readonly spatial?: readonly ProcessImplementation[];
  readonly narrow: (
    args: ProcessArguments,
    filter: PushedFilter,
    context: ProcessContext,
  ) => ProcessArguments | undefined;
}

/** One process of the registry: its official definition and its implementation, in one entry. */
export interface ProcessEntry extends ProcessImplementation {
  readonly definition: ProcessDefinition;
  /** The official documentation of this process. */
  readonly documentation: string;
}

/** Declares the implementation of one official process (the registry pairs it with the definition). */
export function defineProcess(implementation: ProcessImplementation): ProcessImplementation {
  return implementation;
}
