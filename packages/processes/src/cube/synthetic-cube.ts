import type { ProcessContext } from "../process-entry.js";
import type { CellSource } from "./cell-source.js";
import { assertCubeCells } from "./cube-index.js";
import { DataCube, type Dimension } from "./data-cube.js";
import type { SyntheticGrid } from "./synthetic-grid.js";
import { fillSyntheticRow, mix, seedColumns, seedOf } from "./synthetic-values.js";

/** What a synthetic raster cube is made of. */
export interface SyntheticCubeSpec {
  /** Mixed into every value, so two sources of the same bands differ. */
  readonly source: string;
  /** The timestamps; without them the cube has no temporal dimension. */
  readonly dates?: readonly string[];
  readonly bands: readonly string[];
  /** The common name of each band that has one, by band name. */
  readonly commonNames?: Readonly<Record<string, string>>;
  readonly grid: SyntheticGrid;
  readonly epsg: number;
}

function dimensionsOf({ dates, bands, commonNames, grid, epsg }: SyntheticCubeSpec): Dimension[] {
  const referenceSystem = `EPSG:${epsg}`;
  const named = commonNames && Object.keys(commonNames).length > 0 ? { commonNames } : {};
  return [
    ...(dates ? [{ name: "t", type: "temporal", labels: dates } as const] : []),
    { name: "bands", type: "bands", labels: bands, ...named },
    { name: "y", type: "spatial", axis: "y", labels: grid.ys, referenceSystem, step: grid.resolution },
    { name: "x", type: "spatial", axis: "x", labels: grid.xs, referenceSystem, step: grid.resolution },
  ];
}

/**
 * The cells of a synthetic cube, computed on demand plane by plane (a plane: one band at one date); the plane last
 * asked for keeps what its seed gives each column, so that a run of rows costs no more than the whole plane.
 */
function syntheticSource({ source, bands, grid, dates = [""] }: SyntheticCubeSpec): CellSource {
  const width = grid.xs.length;
  const plane = width * grid.ys.length;
  const mixedColumns = Uint32Array.from(grid.xs, (_, column) => mix(grid.column0 + column));
  const seededColumns = new Uint32Array(width);
  let seeded = -1;
  const seedPlane = (index: number) => {
    if (index === seeded) return;
    const [date, band] = [dates[Math.floor(index / bands.length)], bands[index % bands.length]];
    seedColumns(seededColumns, seedOf(`${source}|${band}|${date}`), mixedColumns);
    seeded = index;
  };
  return {
    length: dates.length * bands.length * plane,
    fill(out, offset, start, length) {
      for (let cell = start; cell < start + length; ) {
        seedPlane(Math.floor(cell / plane));
        const row = Math.floor((cell % plane) / width);
        const column = cell % width;
        const count = Math.min(width - column, start + length - cell);
        fillSyntheticRow(out, offset + cell - start, seededColumns, grid.row0 - row, column, count);
        cell += count;
      }
    },
  };
}

/**
 * A raster cube of deterministic synthetic values, dimensions `[t, bands, y, x]` (`[bands, y, x]` without dates);
 * refused with `CubeTooLarge` before anything is allocated when it would exceed the context's limit. Its values are
 * computed when first read (see {@link CellSource}).
 */
export function syntheticCube(spec: SyntheticCubeSpec, context: ProcessContext): DataCube {
  const dates = spec.dates ?? [""];
  assertCubeCells(dates.length * spec.bands.length * spec.grid.xs.length * spec.grid.ys.length, context);
  return new DataCube(dimensionsOf(spec), syntheticSource(spec));
}
