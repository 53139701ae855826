import type { GeoJsonGeometry } from "./vector-layout.js";

type Box = [number, number, number, number];

/** Widens `box` ([minX, minY, maxX, maxY]) by every position in nested GeoJSON coordinates. */
function widen(box: Box, coordinates: unknown): void {
  if (!Array.isArray(coordinates)) return;
  const [x, y] = coordinates;
  if (typeof x === "number" && typeof y === "number") {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
    return;
  }
  for (const child of coordinates) widen(box, child);
}

function widenBy(box: Box, geometry: GeoJsonGeometry): void {
  widen(box, geometry.coordinates);
  for (const part of geometry.geometries ?? []) widenBy(box, part);
}

/** The bounding box `[minX, minY, maxX, maxY]` of geometries, or `undefined` when they have no position. */
export function geometryBounds(geometries: readonly (GeoJsonGeometry | null)[]): Box | undefined {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const geometry of geometries) if (geometry) widenBy(box, geometry);
  return Number.isFinite(box[0]) ? box : undefined;
}
