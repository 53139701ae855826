import type { BBox } from "./bbox.js";
import type { NativeExtent } from "./crs.js";

/** The data cube a node yields, as far as the cheap shape analysis follows it: its extent and bands. */
export interface Cube {
  /** The extent in WGS84 (STAC `bbox` and `geometry`). */
  bbox: BBox;
  /** The extent in the CRS the request named, when not WGS84 (checked against the collection's extent). */
  native: NativeExtent | undefined;
  temporalExtent: [string | null, string | null] | null;
  bands: string[];
}
