import { cubeArgument } from "../../cube/cube-argument.js";
import { intersectsPolygon, polygonsOf } from "../../cube/geojson-polygons.js";
import { replacePixels, reprojectPolygons } from "../../cube/pixel-geometry.js";
import { spatialAxes } from "../../cube/spatial-axes.js";
import { defineProcess } from "../../process-entry.js";

/** `mask_polygon`: replaces the pixels whose centre is outside every polygon (inside one, with `inside`). */
export const maskPolygon = defineProcess({
  id: "mask_polygon",
  summary: "Replaces the pixels outside (or, inverted, inside) some polygons, keeping the cube's extent.",
  fidelity: "exact",
  run: ({ data, mask, replacement, inside }) => {
    const cube = cubeArgument(data, "data");
    const axes = spatialAxes(cube);
    const polygons = reprojectPolygons(polygonsOf(mask ?? null), 4326, axes.epsg);
    const hit = (centre: readonly [number, number]) =>
      polygons.some((polygon) => intersectsPolygon(polygon, centre));
    const replaced = inside === true ? hit : (centre: readonly [number, number]) => !hit(centre);
    return replacePixels(cube, axes, replaced, replacement ?? null);
  },
});
