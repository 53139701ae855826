import { STAC_VERSION } from "@jobkit/spec/facts";
import type { Schema } from "../internal/api-types.js";
import type { JobRecord } from "../jobs/job.js";
import { isoTime } from "../jobs/job-lifecycle.js";
import { runTimes } from "../jobs/job-view.js";
import { planOf } from "../jobs/plan-of.js";
import { bboxPolygon } from "../processes/bbox-polygon.js";
import type { CollectionInfo } from "../processes/collections.js";
import type { ResultFile } from "./render-results.js";
import { CANONICAL_NAME, type LinkSigner } from "./signed-links.js";

export interface ResultsDocumentInput {
  /** The job; its `files` become the assets. */
  job: JobRecord;
  base: string;
  type: "Item" | "Collection";
  expires: number;
  signer: LinkSigner;
  /** Set for `partial=true`: the `openeo:status` to report. */
  partialStatus: Schema<"result_status"> | undefined;
  /** The request asked for `partial=true`: the canonical link keeps it (openEO 1.3.0). */
  partialRequested: boolean;
  /** A `mislabel` asset fault: report every asset with a wrong media type. */
  mislabel: boolean;
  /** The collections served, for the job's plan when it has not been derived yet. */
  collections: readonly CollectionInfo[];
}

/** The `openeo:status` that `partial=true` reports for each job status (created never gets this far). */
export const PARTIAL_STATUS: Record<string, Schema<"result_status">> = {
  queued: "running",
  running: "running",
  canceled: "canceled",
  error: "error",
  finished: "finished",
};

const EXTENSIONS = [
  "https://stac-extensions.github.io/file/v2.1.0/schema.json",
  "https://stac-extensions.github.io/projection/v1.1.0/schema.json",
  "https://stac-extensions.github.io/eo/v1.1.0/schema.json",
];

/** STAC projection fields of a raster asset (the saved cube's grid: CRS, shape, edges), plus its band names. */
function projection(grid: NonNullable<ResultFile["grid"]>): Record<string, unknown> {
  return {
    "proj:epsg": grid.epsg,
    "proj:shape": [grid.height, grid.width],
    "proj:bbox": [...grid.bbox],
    "eo:bands": grid.bands.map((name) => ({ name })),
  };
}

/** An RFC 3339 instant of a date label (`2021-01-01` or `2021-01-01T00:00:00Z`), or undefined. */
function instantOf(label: string): string | undefined {
  const time = Date.parse(label);
  return Number.isNaN(time) ? undefined : isoTime(time);
}

/** The first and last instant the files hold (their cubes' time labels), or undefined when none holds dates. */
function filesTimeRange(files: readonly ResultFile[]): [string, string] | undefined {
  const instants = files
    .flatMap((file) => file.dates ?? [])
    .map(instantOf)
    .filter((instant): instant is string => instant !== undefined)
    .sort();
  const [first, last] = [instants[0], instants.at(-1)];
  return first && last ? [first, last] : undefined;
}

/** The asset of one file: link, type, size, checksum; for rasters the grid, and the date of a one-date file. */
function assetOf(file: ResultFile, input: ResultsDocumentInput): Schema<"asset"> {
  const { job, base, expires, signer } = input;
  const asset: Schema<"asset"> = {
    href: signer.href(base, job.id, expires, file.name),
    type: input.mislabel ? wrongMediaType(file.mediaType) : file.mediaType,
    roles: file.roles,
    title: file.title,
    "file:size": file.size,
    "file:checksum": file.checksum,
  };
  const date = file.dates?.length === 1 ? instantOf(file.dates[0] as string) : undefined;
  return {
    ...asset,
    ...(file.grid ? projection(file.grid) : {}),
    ...(date ? { datetime: date } : {}),
  };
}

/** A media type that is certainly wrong for a file (for the `mislabel` fault). */
export function wrongMediaType(mediaType: string): string {
  return mediaType === "image/png" ? "text/plain" : "image/png";
}

/**
 * The media type of a results document: JSON for a Collection; for an Item GeoJSON, or plain JSON when the
 * `Accept` header asks for `application/json` and not for `application/geo+json` (openEO allows both).
 */
export function resultsMediaType(type: "Item" | "Collection", accept = ""): string {
  if (type === "Collection") return "application/json";
  const accepted = accept.split(",").map((part) => part.split(";")[0]?.trim().toLowerCase());
  return accepted.includes("application/json") && !accepted.includes("application/geo+json")
    ? "application/json"
    : "application/geo+json";
}

/** `GET /jobs/{id}/results` as a STAC 1.0.0 Item (default) or Collection, with signed, expiring asset hrefs. */
export function resultsDocument(
  input: ResultsDocumentInput,
): Schema<"results_item"> | Schema<"results_collection"> {
  const { job, base, expires, signer } = input;
  const plan = planOf(job, input.collections);
  const [west, south, east, north] = plan.bbox;
  const assets: Schema<"assets"> = {};
  for (const file of job.files ?? []) assets[file.name] = assetOf(file, input);
  const mediaType = resultsMediaType(input.type);
  const links = [
    { rel: "self", href: `${base}/jobs/${job.id}/results`, type: mediaType },
    {
      rel: "canonical",
      href: `${signer.href(base, job.id, expires, CANONICAL_NAME)}${input.partialRequested ? "?partial=true" : ""}`,
      type: mediaType,
    },
  ];
  const [start, end] = filesTimeRange(job.files ?? []) ?? plan.temporalExtent ?? [null, null];
  const status = input.partialStatus ? { "openeo:status": input.partialStatus } : {};
  const common = {
    title: job.title ?? `Results of job ${job.id}`,
    description: job.description ?? "Synthetic results computed by the jobkit mock back-end.",
    created: isoTime(job.updated),
    updated: isoTime(job.updated),
    expires: isoTime(expires),
  };
  if (input.type === "Collection") {
    return {
      stac_version: STAC_VERSION,
      stac_extensions: EXTENSIONS,
      type: "Collection",
      id: job.id,
      title: common.title,
      description: common.description,
      license: "proprietary",
      extent: {
        spatial: { bbox: [[west, south, east, north]] },
        temporal: { interval: [[start ?? isoTime(job.created), end]] },
      },
      expires: common.expires,
      ...runTimes(job),
      ...status,
      assets,
      links,
    };
  }
  const datetime =
    start && end && start !== end
      ? { datetime: null, start_datetime: start, end_datetime: end }
      : { datetime: start ?? end ?? isoTime(job.created) };
  return {
    stac_version: STAC_VERSION,
    stac_extensions: EXTENSIONS,
    type: "Feature",
    id: job.id,
    bbox: [west, south, east, north],
    geometry: bboxPolygon(plan.bbox),
    properties: { ...datetime, ...common, ...status },
    assets,
    links,
  };
}
