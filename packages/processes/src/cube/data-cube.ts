import type { CellSource } from "./cell-source.js";
import type { TemporalPeriod } from "./temporal-period.js";

/** The type of a data cube dimension, as openEO (and the STAC datacube extension) names them. */
export type DimensionType = "spatial" | "temporal" | "bands" | "geometry" | "other";

/** One dimension of a data cube: its name, type and labels, in order. */
export interface Dimension {
  readonly name: string;
  readonly type: DimensionType;
  /** `x`, `y` or `z` for spatial dimensions. */
  readonly axis?: "x" | "y" | "z";
  readonly labels: readonly (string | number)[];
  /** The CRS of a spatial dimension (EPSG code or WKT2), or of a geometry dimension. */
  readonly referenceSystem?: string | number;
  /** The resolution of a spatial dimension, or the step of a regular temporal one. */
  readonly step?: number | string;
  /**
   * For a bands dimension: the common name (`eo:bands` `common_name`) of each band that has one, by band label
   * (`B08`: `nir`), so that processes such as `ndvi` find bands by it.
   */
  readonly commonNames?: Readonly<Record<string, string>>;
  /**
   * For a temporal dimension whose labels name calendar periods (`aggregate_temporal_period`'s `2020-06`,
   * `2020-djf`, ...): which period, so that a writer can place each label at its period's start (`periodStart`).
   */
  readonly period?: TemporalPeriod;
  /** For a geometry dimension (vector cubes): the GeoJSON geometry of each label, in order. */
  readonly geometries?: readonly unknown[];
}

/**
 * What a cube's cells are: `number`, or `boolean` when they are the results of a boolean process (`eq`, `or`, ...)
 * stored as 1 (true) and 0 (false), so that callbacks get them back as booleans.
 */
export type CellType = "number" | "boolean";

/**
 * A raster data cube: an N-dimensional labeled array whose cells are stored in one typed array,
 * last dimension fastest (row-major). No-data cells are `NaN`. Made from a {@link CellSource}, the cube fills
 * that array at the first read of `values`; {@link DataCube.copyCells} reads runs of cells without filling it.
 */
export class DataCube {
  #values: Float64Array | undefined;
  readonly #source: CellSource | undefined;

  constructor(
    readonly dimensions: readonly Dimension[],
    values: Float64Array | CellSource,
    readonly cellType: CellType = "number",
  ) {
    if (values instanceof Float64Array) this.#values = values;
    else this.#source = values;
  }

  /** The cells, row-major (filled from the cube's source at the first read). */
  get values(): Float64Array {
    if (this.#values) return this.#values;
    const source = this.#source as CellSource;
    const values = new Float64Array(source.length);
    source.fill(values, 0, 0, source.length);
    this.#values = values;
    return values;
  }

  /** The number of cells, without reading them. */
  get cellCount(): number {
    return this.#values?.length ?? (this.#source as CellSource).length;
  }

  /**
   * Writes cells `start` to `start + length - 1` into `out` from `offset` (rounded to 32 bits for a
   * `Float32Array`), from the cube's source when its values were not read yet.
   */
  copyCells(out: Float32Array | Float64Array, offset: number, start: number, length: number): void {
    if (this.#values) out.set(this.#values.subarray(start, start + length), offset);
    else (this.#source as CellSource).fill(out, offset, start, length);
  }
}

/** Whether a value is a data cube. */
export function isDataCube(value: unknown): value is DataCube {
  return value instanceof DataCube;
}
