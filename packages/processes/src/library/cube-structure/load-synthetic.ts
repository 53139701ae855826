import { cubeFailure } from "../../cube/cube-failure.js";
import type { DataCube } from "../../cube/data-cube.js";
import { intersectsPolygon, polygonsOf } from "../../cube/geojson-polygons.js";
import { type Envelope, envelopeOf, replacePixels, reprojectEnvelope } from "../../cube/pixel-geometry.js";
import { spatialAxes } from "../../cube/spatial-axes.js";
import { syntheticCube } from "../../cube/synthetic-cube.js";
import type { ProcessContext } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { boundingBox } from "./filter-bbox.js";
import { sampledGrid } from "./sampled-grid.js";

/** The day synthetic observations start from when a source does not say (Sentinel-2A's launch). */
export const SYNTHETIC_START = Date.UTC(2015, 5, 23);

/** The whole world as a WGS84 envelope. */
export const WORLD: Envelope = [-180, -90, 180, 90];

/** What a loader knows before the spatial extent is applied. */
export interface SyntheticSource {
  /** The process that loads it, named in the log (`load_collection`, `load_stac`, ...). */
  readonly process: string;
  readonly source: string;
  /** The timestamps; without them the cube has no temporal dimension. */
  readonly dates?: readonly string[];
  readonly bands: readonly string[];
  /** The common name of each band that has one, by band name. */
  readonly commonNames?: Readonly<Record<string, string>>;
  /** WGS84 `[west, south, east, north]` the source covers. */
  readonly coverage: Envelope;
}

function overlaps(a: Envelope, b: Envelope): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** An EPSG:4326 envelope cut to the source's coverage (it has no pixels beyond); other CRSs as they are. */
function clipped(envelope: Envelope, epsg: number, source: SyntheticSource): Envelope {
  if (epsg !== 4326) return envelope;
  const [west, south, east, north] = source.coverage;
  return [
    Math.max(envelope[0], west),
    Math.max(envelope[1], south),
    Math.min(envelope[2], east),
    Math.min(envelope[3], north),
  ];
}

/**
 * A synthetic cube over a spatial extent: `null` (the whole coverage, EPSG:4326), a bounding box (gridded in its
 * own CRS) or GeoJSON polygons (EPSG:4326, pixels outside every polygon are no-data); an EPSG:4326 extent is cut
 * to the coverage, and sampled coarser when the cube would not fit the cell limit ({@link sampledGrid}). Throws
 * `NoDataAvailable` when the extent misses the coverage.
 */
export function loadSynthetic(source: SyntheticSource, extent: Value, context: ProcessContext): DataCube {
  const isBox = extent !== null && typeof extent === "object" && "west" in extent;
  const polygons = extent === null || isBox ? [] : polygonsOf(extent);
  const { envelope, epsg } =
    extent === null
      ? { envelope: source.coverage, epsg: 4326 }
      : isBox
        ? boundingBox(extent)
        : { envelope: envelopeOf(polygons.flatMap((polygon) => polygon[0] ?? [])), epsg: 4326 };
  if (!overlaps(reprojectEnvelope(envelope, epsg, 4326), source.coverage)) {
    throw cubeFailure("NoDataAvailable", `'${source.source}' has no data in the spatial extent asked for.`);
  }
  const layers = {
    process: source.process,
    source: source.source,
    dates: source.dates?.length ?? 0,
    bands: source.bands.length,
  };
  const grid = sampledGrid(clipped(envelope, epsg, source), epsg, layers, context);
  const cube = syntheticCube({ ...source, grid, epsg }, context);
  if (polygons.length === 0) return cube;
  const outside = (centre: readonly [number, number]) =>
    !polygons.some((polygon) => intersectsPolygon(polygon, centre));
  return replacePixels(cube, spatialAxes(cube), outside, Number.NaN);
}
