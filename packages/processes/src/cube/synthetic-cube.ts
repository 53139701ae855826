import type { ProcessContext } from "../process-entry.js";
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
 * A raster cube of deterministic synthetic values, dimensions `[t, bands, y, x]` (`[bands, y, x]` without dates); refused with `CubeTooLarge`
 * before anything is allocated when it would exceed the context's limit.
 */
export function syntheticCube(spec: SyntheticCubeSpec, context: ProcessContext): DataCube {
  const { bands, grid } = spec;
  const dates = spec.dates ?? [""];
  const plane = grid.xs.length * grid.ys.length;
  assertCubeCells(dates.length * bands.length * plane, context);
  const values = new Float64Array(dates.length * bands.length * plane);
  const mixedColumns = Uint32Array.from(grid.xs, (_, column) => mix(grid.column0 + column));
  const seededColumns = new Uint32Array(mixedColumns.length);
  let offset = 0;
  for (const date of dates) {
    for (const band of bands) {
      seedColumns(seededColumns, seedOf(`${spec.source}|${band}|${date}`), mixedColumns);
      for (let row = 0; row < grid.ys.length; row++) {
        fillSyntheticRow(values, offset, seededColumns, grid.row0 - row);
        offset += seededColumns.length;
      }
    }
  }
  return new DataCube(dimensionsOf(spec), values);
}
