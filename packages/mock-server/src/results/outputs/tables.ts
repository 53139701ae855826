import type { ExecutionPlan } from "../../processes/analyse-process.js";
import { bandMeans, type Raster } from "./raster.js";

const encoder = new TextEncoder();

/** The dates of a result (`YYYY-MM-DD`): the start of its temporal extent, or its end, or 2025-01-01. */
export function resultDates(plan: ExecutionPlan): string[] {
  const [start, end] = plan.temporalExtent ?? [null, null];
  return [start ?? end ?? "2025-01-01"].map((d) => d.slice(0, 10));
}

/** A JSON description of the computed cube: extent, bands, per-band means and a small pixel sample. */
export function encodeJson(plan: ExecutionPlan, raster: Raster): Uint8Array<ArrayBuffer> {
  const means = bandMeans(raster);
  const body = {
    collection: plan.collectionId ?? null,
    bbox: plan.bbox,
    temporal_extent: plan.temporalExtent,
    dimensions: { x: raster.width, y: raster.height, bands: raster.bandNames },
    mean: Object.fromEntries(raster.bandNames.map((band, i) => [band, means[i]])),
    sample: raster.bands.map((values) => Array.from(values.subarray(0, Math.min(8, values.length)))),
  };
  return encoder.encode(JSON.stringify(body, null, 2));
}
