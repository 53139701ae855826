import type { CollectionInfo } from "../../cube/collection-catalog.js";
import { polygonsOf } from "../../cube/geojson-polygons.js";
import {
  type Envelope,
  envelopeOf,
  reprojectEnvelope,
  reprojectPolygons,
} from "../../cube/pixel-geometry.js";
import { syntheticResolution } from "../../cube/synthetic-grid.js";
import { temporalInterval } from "../../cube/temporal-interval.js";
import type { FilterPushdown, ProcessArguments, ProcessContext } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { collectionBands, collectionDates, collectionOf } from "./catalog-collection.js";
import { filterBands } from "./filter-bands.js";
import { boundingBox, filterBbox } from "./filter-bbox.js";
import { filterSpatial } from "./filter-spatial.js";
import { filterTemporal } from "./filter-temporal.js";

/** Where the loaded cube lies: its CRS (as the load names it and as a code) and its envelope in that CRS. */
interface LoadedArea {
  readonly crs: Value;
  readonly epsg: number;
  readonly envelope: Envelope;
}

/** The area `spatial_extent` loads: the coverage (EPSG:4326) or a box; undefined for GeoJSON (not narrowed). */
function loadedArea(extent: Value, info: CollectionInfo): LoadedArea | undefined {
  if (extent === null) return { crs: 4326, epsg: 4326, envelope: info.bbox };
  if (typeof extent !== "object" || Array.isArray(extent) || !("west" in extent)) return undefined;
  const { envelope, epsg } = boundingBox(extent);
  return { crs: (extent as Record<string, Value>).crs ?? 4326, epsg, envelope };
}

/** What a narrowing reads besides the filter's arguments: the collection, the margin and the grid's limit. */
interface Narrowing {
  readonly info: CollectionInfo;
  readonly margin: number;
  readonly maxPixels: number | undefined;
}

/**
 * `envelope` (in EPSG `epsg`) widened by `margin` pixels and one more on every side, in pixels of the grid the
 * widened envelope is sampled on (a wider one may get a coarser grid, so this repeats until the grid holds).
 */
function widened(envelope: Envelope, epsg: number, { margin, maxPixels }: Narrowing): Envelope {
  let [out, resolution] = [envelope, 0];
  for (let round = 0; margin > 0 && round < 64; round++) {
    const grid = syntheticResolution(out, epsg, maxPixels);
    if (grid <= resolution) break;
    resolution = grid;
    const pad = (margin + 1) * resolution;
    out = [envelope[0] - pad, envelope[1] - pad, envelope[2] + pad, envelope[3] + pad];
  }
  return out;
}

/** The load's spatial extent cut to an envelope given in the loaded cube's CRS, widened by the margin. */
function narrowArea(args: ProcessArguments, area: LoadedArea, envelope: Envelope, narrowing: Narrowing) {
  const kept = widened(envelope, area.epsg, narrowing);
  const [west, south, east, north] = [
    Math.max(area.envelope[0], kept[0]),
    Math.max(area.envelope[1], kept[1]),
    Math.min(area.envelope[2], kept[2]),
    Math.min(area.envelope[3], kept[3]),
  ];
  if (!(west <= east && south <= north)) return undefined;
  return { ...args, spatial_extent: { west, south, east, north, crs: area.crs } };
}

/** `filter_bbox`: the box, in the cube's CRS as the filter reprojects it. */
function narrowBbox(args: ProcessArguments, filter: ProcessArguments, narrowing: Narrowing) {
  const area = loadedArea(args.spatial_extent ?? null, narrowing.info);
  if (!area) return undefined;
  const { envelope, epsg } = boundingBox(filter.extent);
  return narrowArea(args, area, reprojectEnvelope(envelope, epsg, area.epsg), narrowing);
}

/** `filter_spatial`: the envelope of the polygons, in the cube's CRS (the filter blanks the rest afterwards). */
function narrowSpatial(args: ProcessArguments, filter: ProcessArguments, narrowing: Narrowing) {
  const area = loadedArea(args.spatial_extent ?? null, narrowing.info);
  if (!area) return undefined;
  const polygons = reprojectPolygons(polygonsOf(filter.geometries ?? null), 4326, area.epsg);
  const points = polygons.flatMap((polygon) => polygon[0] ?? []);
  return points.length === 0 ? undefined : narrowArea(args, area, envelopeOf(points), narrowing);
}

const boundOf = (instant: number) => (Number.isFinite(instant) ? new Date(instant).toISOString() : null);

/** `filter_temporal` over `t`: the intersection of both intervals, when it holds an observation. */
function narrowTemporal(args: ProcessArguments, filter: ProcessArguments, { info }: Narrowing) {
  const dimension = filter.dimension ?? null;
  if (info.temporal === false || (dimension !== null && dimension !== "t")) return undefined;
  const loaded = args.temporal_extent ? temporalInterval(args.temporal_extent) : undefined;
  const kept = temporalInterval(filter.extent);
  const start = Math.max(loaded?.start ?? -Infinity, kept.start);
  const end = Math.min(loaded?.end ?? Infinity, kept.end);
  if (!(start < end)) return undefined;
  const extent = [boundOf(start), boundOf(end)];
  return collectionDates(info, extent).length > 0 ? { ...args, temporal_extent: extent } : undefined;
}

/** `filter_bands` by name: the loaded bands it keeps, in the load's order (the filter orders them afterwards). */
function narrowBands(args: ProcessArguments, filter: ProcessArguments, { info }: Narrowing) {
  const { bands: names, wavelengths } = filter;
  if (!Array.isArray(names) || (Array.isArray(wavelengths) && wavelengths.length > 0)) return undefined;
  const kept = collectionBands(info, args.bands ?? null).filter((band) => names.includes(band));
  return kept.length > 0 ? { ...args, bands: kept } : undefined;
}

const NARROWERS: Record<
  string,
  (args: ProcessArguments, filter: ProcessArguments, narrowing: Narrowing) => ProcessArguments | undefined
> = {
  filter_bbox: narrowBbox,
  filter_spatial: narrowSpatial,
  filter_temporal: narrowTemporal,
  filter_bands: narrowBands,
};

/**
 * `load_collection` takes `filter_temporal` (over `t`), `filter_bbox`, `filter_spatial` and `filter_bands` (by
 * name) into its extents, as real back-ends do: the cube loaded is the part the filters keep, not the whole
 * collection; `filter_bbox` and `filter_spatial` also from behind processes that keep cells in place (`mask`,
 * `merge_cubes`, `apply`, reductions over time or bands, ...). Values and labels are those of loading the whole and filtering: dates keep their 5-day schedule,
 * pixels their place on the global grid, each cell its seed. The grid's resolution follows the extent loaded
 * (at most 256 pixels an axis), so over an extent that the finest grid covers the two agree pixel for pixel; over
 * a larger one the narrowed load keeps the finer grid a back-end's native resolution would give.
 */
export const loadCollectionPushdown: FilterPushdown = {
  filters: [filterTemporal, filterBbox, filterSpatial, filterBands],
  spatial: [filterBbox, filterSpatial],
  narrow: (args: ProcessArguments, filter, context: ProcessContext) =>
    NARROWERS[filter.id]?.(args, filter.args, {
      info: collectionOf(args.id ?? null, context),
      margin: filter.margin,
      maxPixels: context.maxPixelsPerAxis,
    }),
};
