import type { BBox } from "./bbox.js";
import type { NativeExtent } from "./crs.js";

/** The data cube a node yields, as far as the mock follows it: where it comes from, its extent and bands. */
export interface Cube {
  collectionId: string | undefined;
  /** The extent in WGS84 (STAC `bbox` and `geometry`). */
  bbox: BBox;
  /** The extent in the CRS the request named, when not WGS84: raster outputs are written in it. */
  native: NativeExtent | undefined;
  temporalExtent: [string | null, string | null] | null;
  bands: string[];
}
