import { cubeArgument } from "../../cube/cube-argument.js";
import { intersectsPolygon, polygonsOf } from "../../cube/geojson-polygons.js";
import { clipToEnvelope, envelopeOf, replacePixels, reprojectPolygons } from "../../cube/pixel-geometry.js";
import { spatialAxes } from "../../cube/spatial-axes.js";
import { defineProcess } from "../../process-entry.js";

/**
 * `filter_spatial`: the cube clipped to the polygons' envelope, pixels in the envelope but outside every polygon
 * set to no-data. GeoJSON is EPSG:4326; the polygons are reprojected to the cube's CRS.
 */
export const filterSpatial = defineProcess({
  id: "filter_spatial",
  summary: "Clips a cube to the extent of some polygons and blanks the pixels outside them.",
  fidelity: "exact",
  run: ({ data, geometries }) => {
    const cube = cubeArgument(data, "data");
    const axes = spatialAxes(cube);
    const polygons = reprojectPolygons(polygonsOf(geometries ?? null), 4326, axes.epsg);
    const points = polygons.flatMap((polygon) => polygon[0] ?? []);
    if (points.length === 0) return clipToEnvelope(cube, axes, [1, 1, 0, 0]);
    const clipped = clipToEnvelope(cube, axes, envelopeOf(points));
    const outside = (centre: readonly [number, number]) =>
      !polygons.some((polygon) => intersectsPolygon(polygon, centre));
    return replacePixels(clipped, axes, outside, Number.NaN);
  },
});
