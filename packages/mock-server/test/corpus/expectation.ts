import type { OpenedAsset } from "./open-asset.js";

/**
 * What one corpus graph implies, written by hand after reading the graph (expectations.json), never taken from the
 * mock's answer.
 */
export interface Expectation {
  /** `runs`: must run end to end and match; `known-failure`: the mock cannot run it yet; `wrong`: the graph is. */
  status: "runs" | "known-failure" | "wrong";
  /** Why, for `known-failure` and `wrong`. */
  reason?: string;
  /** For `known-failure` and `wrong`: a part of the mock's answer that shows the reason (a process id, a code). */
  failsWith?: string;
  /** The `format` of its `save_result` (every `save_result` of the graph has it); absent when it has none. */
  format?: "GTiff" | "netCDF" | "CSV" | "JSON" | "PNG";
  /** The labels left on the bands dimension; null when the graph reduces it away. Omitted for vector results. */
  bands?: string[] | null;
  /** Null when the graph reduces time away; else the interval [from, to) every date label lies in. */
  time?: null | { from: string; to: string };
  /** Geometries of a vector result: one row per geometry (and per date while time is kept). */
  geometries?: number;
  /**
   * True when nothing in the graph depends on the area: the test then loads 0.005° around the centre of each
   * `load_collection` extent (narrowExtents), to keep its run short; the corpus file stays as published.
   */
  narrow?: boolean;
  /** How many `save_result` nodes (sets of assets) it has; 1 unless told. */
  results?: number;
  /**
   * The back-end the graph was written for, when it calls processes only that back-end lists: the mock is then
   * started as its user would start it, with `--processes` the official list and `processes/<backend>.json`.
   */
  backend?: string;
}

const MEDIA_TYPES: Record<NonNullable<Expectation["format"]>, string> = {
  GTiff: "image/tiff",
  netCDF: "application/x-netcdf",
  CSV: "text/csv",
  JSON: "application/json",
  PNG: "image/png",
};

/** The media type an asset of `format` has. */
export function mediaTypeOf(format: NonNullable<Expectation["format"]>): string {
  return MEDIA_TYPES[format];
}

function bandProblem(expected: Expectation, opened: OpenedAsset): string | undefined {
  if (expected.bands === undefined) return undefined;
  const count = expected.bands === null ? 1 : expected.bands.length;
  if (opened.bandCount !== count) return `${opened.bandCount} bands, expected ${count}`;
  if (opened.bands && expected.bands) {
    const [got, want] = [[...opened.bands].sort(), [...expected.bands].sort()];
    if (got.join() !== want.join()) return `bands ${got.join()}, expected ${want.join()}`;
  }
  return undefined;
}

function timeProblem(expected: Expectation, opened: OpenedAsset): string | undefined {
  if (expected.time === undefined) return undefined;
  if (expected.time === null) return opened.dates ? `dates ${opened.dates.join()}, expected none` : undefined;
  const { from, to } = expected.time;
  if (!opened.dates || opened.dates.length === 0) return `no dates, expected some in [${from}, ${to})`;
  const outside = opened.dates.filter((date) => date < from || date >= to);
  return outside.length > 0 ? `dates ${outside.join()} outside [${from}, ${to})` : undefined;
}

/** What is wrong with one opened asset against the graph's expectation; undefined when it matches. */
export function assetProblem(expected: Expectation, opened: OpenedAsset): string | undefined {
  const { geometries } = expected;
  if (geometries !== undefined && (!opened.rows || opened.rows % geometries !== 0))
    return `${opened.rows} rows, expected one per geometry (${geometries}) and date`;
  return bandProblem(expected, opened) ?? timeProblem(expected, opened);
}
