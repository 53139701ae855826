import type { BBox } from "./bbox.js";

/** The GeoJSON Polygon of a bounding box (counter-clockwise, closed). */
export function bboxPolygon([west, south, east, north]: BBox): {
  type: "Polygon";
  coordinates: number[][][];
} {
  return {
    type: "Polygon",
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}
