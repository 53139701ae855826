/** A box in degrees or CRS units: west, south, east, north. */
export type BBox = [west: number, south: number, east: number, north: number];
