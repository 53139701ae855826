import { type CellType, DataCube, type Dimension, type DimensionType } from "./data-cube.js";

/** openEO's JSON form of a raster cube, as the official process tests write it. */
export interface CubeJson {
  readonly type: "datacube";
  readonly order: readonly string[];
  readonly dimensions: Readonly<
    Record<
      string,
      {
        type: string;
        axis?: string;
        values: readonly (string | number)[];
        reference_system?: string | number;
      }
    >
  >;
  /** Nested arrays in `order`, or `null` when the values do not matter. */
  readonly data: unknown;
  readonly nodata?: number | readonly (number | null)[] | null;
}

function nodataSet(nodata: CubeJson["nodata"]): number[] {
  const list = Array.isArray(nodata) ? nodata : [nodata];
  return list.filter((value): value is number => typeof value === "number" && !Number.isNaN(value));
}

/** The cells of nested `data`: numbers, booleans as 1/0 (a boolean cube when no cell is a number), else no-data. */
function flatten(data: unknown, size: number, nodata: readonly number[]) {
  const values = new Float64Array(size).fill(Number.NaN);
  const seen = { booleans: false, numbers: false };
  let index = 0;
  const walk = (item: unknown): void => {
    if (Array.isArray(item)) for (const child of item) walk(child);
    else if (index >= size) return;
    else if (typeof item === "boolean") {
      seen.booleans = true;
      values[index++] = item ? 1 : 0;
    } else {
      const valid = typeof item === "number" && !nodata.includes(item) && !Number.isNaN(item);
      if (valid) seen.numbers = true;
      values[index++] = valid ? item : Number.NaN;
    }
  };
  walk(data);
  const cellType: CellType = seen.booleans && !seen.numbers ? "boolean" : "number";
  return { values, cellType };
}

/**
 * Reads openEO's JSON form of a cube; no-data cells (the `nodata` values, `null`) become `NaN`, a cube of
 * booleans becomes a boolean cube.
 */
export function cubeFromJson(json: CubeJson): DataCube {
  const dimensions: Dimension[] = json.order.map((name) => {
    const source = json.dimensions[name];
    return {
      name,
      type: (source?.type ?? "other") as DimensionType,
      ...(source?.axis ? { axis: source.axis as "x" | "y" | "z" } : {}),
      labels: source?.values ?? [],
      ...(source?.reference_system !== undefined ? { referenceSystem: source.reference_system } : {}),
    };
  });
  const size = dimensions.reduce((product, dimension) => product * dimension.labels.length, 1);
  const { values, cellType } = flatten(json.data, size, nodataSet(json.nodata));
  return new DataCube(dimensions, values, cellType);
}

function nest(cube: DataCube, shape: readonly number[], offset: number, depth: number): unknown {
  const cell = (at: number) => {
    const value = cube.values[at] as number;
    return cube.cellType === "boolean" && !Number.isNaN(value) ? value !== 0 : value;
  };
  if (shape.length === 0) return cube.values.length === 0 ? [] : cell(0);
  if (depth === shape.length) return cell(offset);
  const stride = shape.slice(depth + 1).reduce((product, length) => product * length, 1);
  return Array.from({ length: shape[depth] ?? 0 }, (_, index) =>
    nest(cube, shape, offset + index * stride, depth + 1),
  );
}

/** Writes a cube in openEO's JSON form; no-data cells are `NaN`, the cells of a boolean cube `true`/`false`. */
export function cubeToJson(cube: DataCube): CubeJson {
  const dimensions: Record<string, CubeJson["dimensions"][string]> = {};
  for (const dimension of cube.dimensions) {
    dimensions[dimension.name] = {
      type: dimension.type,
      ...(dimension.axis ? { axis: dimension.axis } : {}),
      values: dimension.labels,
      ...(dimension.referenceSystem !== undefined ? { reference_system: dimension.referenceSystem } : {}),
    };
  }
  const shape = cube.dimensions.map((dimension) => dimension.labels.length);
  return {
    type: "datacube",
    order: cube.dimensions.map((dimension) => dimension.name),
    dimensions,
    data: nest(cube, shape, 0, 0),
    nodata: [Number.NaN],
  };
}
