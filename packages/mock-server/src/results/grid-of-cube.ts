import type { DataCube, Dimension, Value } from "@jobkit/processes";
import type { BBox } from "../processes/bbox.js";
import { engine } from "../processes/compute-value.js";
import { epsgCodeOf } from "../processes/crs.js";
import { formatUnsuitable } from "./format-unsuitable.js";
import { stridesOf } from "./outputs/cube-table.js";
import type { GridSource, ResultGrid } from "./outputs/result-grid.js";

/** The variable name of a cube without a bands dimension (after `reduce_dimension` over bands, say). */
export const UNNAMED_BAND = "var";

/** Where one spatial axis runs: its pixel count, how labels map to rows/columns, and its outer edges. */
interface Axis {
  length: number;
  /** The cube index of output position `i` (north-up rows, west-to-east columns). */
  index: (i: number) => number;
  low: number;
  high: number;
}

function axisOf(dimension: Dimension, descending: boolean): Axis {
  const labels = dimension.labels.map(Number);
  const length = labels.length;
  const first = labels[0] as number;
  const last = labels[length - 1] as number;
  const step =
    typeof dimension.step === "number"
      ? dimension.step
      : length > 1
        ? Math.abs(last - first) / (length - 1)
        : 1;
  const reversed = length > 1 && first > last !== descending;
  return {
    length,
    index: reversed ? (i) => length - 1 - i : (i) => i,
    low: Math.min(first, last) - step / 2,
    high: Math.max(first, last) + step / 2,
  };
}

/** A time dimension's instants (RFC 3339) and, when its labels name calendar periods, those labels. */
function timeOf(dimension: Dimension): Pick<ResultGrid, "dates" | "periods"> {
  const labels = dimension.labels.map(String);
  const { period } = dimension;
  const starts = period ? labels.map((label) => engine.get().periodStart(label, period)) : [];
  if (!period || starts.some(Number.isNaN)) return { dates: labels };
  return { dates: starts.map((ms) => new Date(ms).toISOString().replace(".000Z", "Z")), periods: labels };
}

type Copier = (out: Float32Array, offset: number, base: number) => void;

/** Copies one row of the cube (from `base`, west to east) into `out` at `offset`; in one go when x is innermost. */
function rowCopier(cube: DataCube, x: Axis, stride: number): Copier {
  if (stride === 1 && x.index(0) === 0)
    return (out, offset, base) => cube.copyCells(out, offset, base, x.length);
  const { values } = cube;
  return (out, offset, base) => {
    for (let column = 0; column < x.length; column++)
      out[offset + column] = values[base + x.index(column) * stride] as number;
  };
}

/** Copies one plane of the cube (from `base`, rows north-up) into `out` at `offset`; in one go when it lies in order. */
function planeCopier(cube: DataCube, x: Axis, y: Axis, [sx, sy]: readonly [number, number]): Copier {
  const cells = x.length * y.length;
  if (sx === 1 && x.index(0) === 0 && sy === x.length && y.index(0) === 0)
    return (out, offset, base) => cube.copyCells(out, offset, base, cells);
  const copyRow = rowCopier(cube, x, sx);
  return (out, offset, base) => {
    for (let row = 0; row < y.length; row++) copyRow(out, offset + row * x.length, base + y.index(row) * sy);
  };
}

/** The positions of the dimensions a grid is made of; anything else makes the cube unsuitable. */
function layoutOf(cube: DataCube, format: string): { x: number; y: number; t: number; b: number } {
  const find = (test: (dimension: Dimension) => boolean) => cube.dimensions.findIndex(test);
  const x = find((d) => d.type === "spatial" && (d.axis ?? d.name) === "x");
  const y = find((d) => d.type === "spatial" && (d.axis ?? d.name) === "y");
  const t = find((d) => d.type === "temporal");
  const b = find((d) => d.type === "bands");
  const names = cube.dimensions.map((d) => `${d.name} (${d.type})`).join(", ") || "none";
  if (x < 0 || y < 0)
    throw formatUnsuitable(format, `it needs a raster cube with x and y dimensions; the cube has ${names}.`);
  if (cube.dimensions.length !== [x, y, t, b].filter((index) => index >= 0).length) {
    throw formatUnsuitable(
      format,
      `it takes the dimensions x, y, one temporal and one bands dimension; the cube has ${names}.`,
    );
  }
  if (cube.cellCount === 0) throw formatUnsuitable(format, "the cube has no cells.");
  return { x, y, t, b };
}

/**
 * The grid of a raster cube saved in `format`, its values read when a writer asks for a band (see
 * {@link GridSource}): its dimensions x, y and, when present, one temporal and one bands dimension, in any order;
 * calendar periods' labels are dated at each period's start. Rows come north-up, columns west to east; a cube
 * without bands gives one band {@link UNNAMED_BAND}. Other dimensions, no x/y (a vector cube, for example) or a
 * value that is no cube are `FormatUnsuitable`. Needs the engine loaded.
 */
export function gridSourceOfCube(data: Value, format: string): GridSource {
  if (!engine.get().isDataCube(data)) throw formatUnsuitable(format, "the saved value is not a data cube.");
  const cube: DataCube = data;
  const layout = layoutOf(cube, format);
  const dimension = (index: number) => cube.dimensions[index] as Dimension;
  const strides = stridesOf(cube);
  const stride = (index: number) => (index < 0 ? 0 : (strides[index] as number));
  const x = axisOf(dimension(layout.x), false);
  const y = axisOf(dimension(layout.y), true);
  const time = layout.t < 0 ? { dates: [] } : timeOf(dimension(layout.t));
  const planes = Math.max(1, time.dates.length);
  const bandNames = layout.b < 0 ? [UNNAMED_BAND] : dimension(layout.b).labels.map(String);
  const [st, sb] = [stride(layout.t), stride(layout.b)];
  const copyPlane = planeCopier(cube, x, y, [stride(layout.x), stride(layout.y)]);
  const fillBand = (band: number, out: Float32Array, offset: number) => {
    for (let t = 0; t < planes; t++) copyPlane(out, offset + t * x.length * y.length, band * sb + t * st);
  };
  const bbox: BBox = [x.low, y.low, x.high, y.high];
  const epsg = epsgCodeOf(dimension(layout.x).referenceSystem ?? 4326) ?? 4326;
  return { width: x.length, height: y.length, epsg, bbox, bandNames, ...time, fillBand };
}

/** The grid of a raster cube saved in `format`, its bands in memory: see {@link gridSourceOfCube}. */
export function gridOfCube(data: Value, format: string): ResultGrid {
  const { fillBand, ...grid } = gridSourceOfCube(data, format);
  const size = Math.max(1, grid.dates.length) * grid.height * grid.width;
  const bands = grid.bandNames.map((_, band) => {
    const values = new Float32Array(size);
    fillBand(band, values, 0);
    return values;
  });
  return { ...grid, bands };
}
