import { REVISIT_DAYS } from "@jobkit/processes/calendar";
import { STAC_VERSION } from "@jobkit/spec/facts";
import type { Schema } from "../internal/api-types.js";
import { stepDuration } from "./step-days.js";

/** A synthetic collection the mock can "load". */
export interface CollectionInfo {
  id: string;
  title: string;
  description: string;
  bbox: [number, number, number, number];
  interval: [string | null, string | null];
  bands: { name: string; common_name?: string; center_wavelength?: number }[];
  temporal: boolean;
  /**
   * Every how many days it has an observation: the one cadence of its job results' dates, its Items and its
   * published `cube:dimensions` `step`.
   */
  stepDays: number;
  /** The STAC Collection it was loaded from (`catalog` option); absent for the built-in ones. */
  document?: Record<string, unknown>;
}

export const COLLECTIONS: readonly CollectionInfo[] = [
  {
    id: "SENTINEL2_L2A",
    title: "Sentinel-2 L2A (synthetic)",
    description:
      "Synthetic surface reflectance with the four 10 m Sentinel-2 bands. Values are generated, not observed.",
    bbox: [-180, -56, 180, 84],
    interval: ["2015-06-27T00:00:00Z", null],
    bands: [
      { name: "B02", common_name: "blue", center_wavelength: 0.49 },
      { name: "B03", common_name: "green", center_wavelength: 0.56 },
      { name: "B04", common_name: "red", center_wavelength: 0.665 },
      { name: "B08", common_name: "nir", center_wavelength: 0.842 },
    ],
    temporal: true,
    stepDays: REVISIT_DAYS,
  },
  {
    id: "DEMO_DEM",
    title: "Demo elevation model (synthetic)",
    description: "A synthetic digital elevation model with one band and no time dimension.",
    bbox: [-180, -90, 180, 90],
    interval: ["2000-01-01T00:00:00Z", "2000-01-01T00:00:00Z"],
    bands: [{ name: "elevation" }],
    temporal: false,
    stepDays: REVISIT_DAYS,
  },
];

/** The cube dimensions the mock derives for a collection: x and y in WGS84, t when it has time, bands. */
function cubeDimensions(collection: CollectionInfo): NonNullable<Schema<"collection">["cube:dimensions"]> {
  const [west, south, east, north] = collection.bbox;
  const dimensions: NonNullable<Schema<"collection">["cube:dimensions"]> = {
    x: { type: "spatial", axis: "x", extent: [west, east], reference_system: 4326, step: 0.0001 },
    y: { type: "spatial", axis: "y", extent: [south, north], reference_system: 4326, step: 0.0001 },
  };
  if (collection.temporal)
    dimensions.t = { type: "temporal", extent: collection.interval, step: stepDuration(collection.stepDays) };
  if (collection.bands.length > 0)
    dimensions.bands = { type: "bands", values: collection.bands.map((b) => b.name) };
  return dimensions;
}

/**
 * A collection loaded from a catalogue as it was given; `cube:dimensions` and `summaries` (which
 * `GET /collections/{id}` must have) are derived when it has none.
 */
function loadedDocument(collection: CollectionInfo, document: Record<string, unknown>): Schema<"collection"> {
  return {
    ...document,
    "cube:dimensions": document["cube:dimensions"] ?? cubeDimensions(collection),
    summaries: document.summaries ?? { "eo:bands": collection.bands },
  } as Schema<"collection">;
}

/** The STAC collection document of `GET /collections/{id}`, with `cube:dimensions`. */
export function collectionDocument(collection: CollectionInfo, baseUrl: string): Schema<"collection"> {
  if (collection.document) return loadedDocument(collection, collection.document);
  return {
    stac_version: STAC_VERSION,
    stac_extensions: ["https://stac-extensions.github.io/datacube/v2.2.0/schema.json"],
    type: "Collection",
    id: collection.id,
    title: collection.title,
    description: collection.description,
    // generated values, owned by nobody: public domain, so no `license` link is due (rule 308); one is given anyway
    license: "CC0-1.0",
    keywords: ["synthetic", "jobkit"],
    providers: [{ name: "jobkit mock", roles: ["host", "processor"] }],
    extent: { spatial: { bbox: [collection.bbox] }, temporal: { interval: [collection.interval] } },
    "cube:dimensions": cubeDimensions(collection),
    summaries: { "eo:bands": collection.bands },
    links: [
      { rel: "self", href: `${baseUrl}/collections/${collection.id}`, type: "application/json" },
      { rel: "root", href: `${baseUrl}/`, type: "application/json" },
      { rel: "license", href: "https://creativecommons.org/publicdomain/zero/1.0/", type: "text/html" },
    ],
  };
}
