import type { DataCube, Dimension } from "@jobkit/processes";
import { encode } from "jpeg-js";
import { OpenEOError } from "../../internal/openeo-error.js";
import { stridesOf } from "./cube-table.js";
import { DEFAULT_JPEG_QUALITY, jpegQuality } from "./format-options.js";
import { quicklookPixels } from "./quicklook-pixels.js";

function axisOf(cube: DataCube, axis: "x" | "y"): number {
  const byAxis = cube.dimensions.findIndex((item) => item.type === "spatial" && item.axis === axis);
  return byAxis >= 0
    ? byAxis
    : cube.dimensions.findIndex((item) => item.type === "spatial" && item.name === axis);
}

/**
 * The picture's bands (the first three), north up: each a row-major plane of the cube's first label along every
 * dimension other than x, y and bands (the first date of a time series).
 */
function picturePlanes(cube: DataCube, x: number, y: number): Float64Array[] {
  const strides = stridesOf(cube);
  const [width, height] = [x, y].map((axis) => (cube.dimensions[axis] as Dimension).labels.length) as [
    number,
    number,
  ];
  const ys = (cube.dimensions[y] as Dimension).labels;
  const southUp = height > 1 && Number(ys[0]) < Number(ys[height - 1]);
  const bandAxis = cube.dimensions.findIndex((dimension) => dimension.type === "bands");
  const bands = bandAxis < 0 ? 1 : Math.min(3, (cube.dimensions[bandAxis] as Dimension).labels.length);
  return Array.from({ length: bands }, (_, b) => {
    const plane = new Float64Array(width * height);
    const base = bandAxis < 0 ? 0 : b * (strides[bandAxis] as number);
    for (let row = 0; row < height; row++) {
      const at = base + (southUp ? height - 1 - row : row) * (strides[y] as number);
      for (let column = 0; column < width; column++) {
        plane[row * width + column] = cube.values[at + column * (strides[x] as number)] as number;
      }
    }
    return plane;
  });
}

/**
 * Writes a raster cube as a JPEG quicklook (by jpeg-js), the same picture as the PNG quicklook: the first three
 * bands as red, green and blue, each stretched to 0–255, no-data black, of the first date. Honours `quality`
 * (1–100, default {@link DEFAULT_JPEG_QUALITY}). A cube without x and y (a vector cube) is refused with
 * `FormatUnsuitable`.
 */
export function encodeJpeg(
  cube: DataCube,
  options: Readonly<Record<string, unknown>>,
): Uint8Array<ArrayBuffer> {
  const quality = jpegQuality(options);
  const [x, y] = [axisOf(cube, "x"), axisOf(cube, "y")];
  const [width, height] = [x, y].map((axis) => cube.dimensions[axis]?.labels.length ?? 0) as [number, number];
  if (x < 0 || y < 0 || width === 0 || height === 0) {
    throw OpenEOError.custom(
      400,
      "FormatUnsuitable",
      "JPEG is a picture of a raster cube, but the cube saved has no x and y pixels; save vector cubes as CSV, GeoJSON or GeoParquet.",
    );
  }
  const data = quicklookPixels(picturePlanes(cube, x, y), width * height, 4);
  const { data: bytes } = encode({ width, height, data }, quality);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice();
}
