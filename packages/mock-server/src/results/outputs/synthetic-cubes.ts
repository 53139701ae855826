import { DataCube } from "@jobkit/processes";
import { bboxPolygon } from "../../processes/bbox-polygon.js";
import { bandMeans, type Raster } from "./raster.js";

/** `count` pixel centres from `from` to `to` (either direction). */
const centres = (from: number, to: number, count: number) =>
  Array.from({ length: count }, (_, i) => from + ((i + 0.5) * (to - from)) / count);

/** The synthetic raster as a raster cube `(bands, y, x)`, labelled with its pixel centres, north up. */
export function rasterAsCube(raster: Raster): DataCube {
  const [west, south, east, north] = raster.bbox;
  const values = new Float64Array(raster.bands.length * raster.width * raster.height);
  raster.bands.forEach((band, b) => {
    values.set(band, b * band.length);
  });
  return new DataCube(
    [
      { name: "bands", type: "bands", labels: raster.bandNames },
      { name: "y", type: "spatial", axis: "y", labels: centres(north, south, raster.height) },
      { name: "x", type: "spatial", axis: "x", labels: centres(west, east, raster.width) },
    ],
    values,
  );
}

/** The raster's extent as a vector cube `(geometry, t, bands)`: one polygon, the band means on every date. */
export function extentAsVectorCube(raster: Raster, dates: readonly string[]): DataCube {
  const means = bandMeans(raster);
  return new DataCube(
    [
      {
        name: "geometry",
        type: "geometry",
        labels: [0],
        referenceSystem: 4326,
        geometries: [bboxPolygon(raster.bbox)],
      },
      { name: "t", type: "temporal", labels: dates },
      { name: "bands", type: "bands", labels: raster.bandNames },
    ],
    Float64Array.from(dates.flatMap(() => means)),
  );
}
