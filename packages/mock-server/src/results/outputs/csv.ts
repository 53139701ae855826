import type { DataCube, Dimension } from "@jobkit/processes";
import { stringify } from "csv-stringify/sync";
import { type CubeTable, cubeTable } from "./cube-table.js";
import { dateText, isVectorCube, vectorLayout } from "./vector-layout.js";

const encoder = new TextEncoder();
const ROWS_PER_CHUNK = 4096;

type Cell = string | number | null;

/** A column name from the labels of the column dimensions: `B04`, `B04~value`; `value` when there are none. */
export function columnName(labels: readonly (string | number)[]): string {
  return labels.length === 0 ? "value" : labels.join("~");
}

/** The CSV cells of a dimension's labels: dates as geotrellis writes them (`2021-01-01T00:00:00.000Z`). */
function labelCells(dimension: Dimension): Cell[] {
  return dimension.labels.map((label) => (dimension.type === "temporal" ? dateText(label, true) : label));
}

/** The CSV text of a table, written in chunks so that a large raster cube never becomes one array of rows. */
function csvText(header: Cell[], table: CubeTable, key: (at: number[]) => Cell[]) {
  const chunks = [stringify([header])];
  let rows: Cell[][] = [];
  for (const row of table.rows()) {
    rows.push([...key(row.at), ...row.values.map((v) => (Number.isNaN(v) ? null : v))]);
    if (rows.length === ROWS_PER_CHUNK) {
      chunks.push(stringify(rows));
      rows = [];
    }
  }
  if (rows.length > 0) chunks.push(stringify(rows));
  return chunks.join("");
}

/** A vector cube as geotrellis-based back-ends write aggregate_spatial: `date,feature_index,<band>...`. */
function vectorCsv(cube: DataCube): string {
  const { geometry, time } = vectorLayout(cube, "CSV");
  const table = cubeTable(cube, time === undefined ? [geometry] : [time, geometry]);
  const header = [...(time === undefined ? [] : ["date"]), "feature_index", ...table.columns.map(columnName)];
  const dates = time === undefined ? [] : labelCells(cube.dimensions[time] as Dimension);
  return csvText(header, table, (at) =>
    time === undefined ? [at[0] as number] : [dates[at[0] as number] as Cell, at[1] as number],
  );
}

/** A raster cube with one row per cell: a column per dimension (`t,y,x`), then one per band. */
function rasterCsv(cube: DataCube): string {
  const bands = cube.dimensions.findIndex((dimension) => dimension.type === "bands");
  const table = cubeTable(
    cube,
    cube.dimensions.map((_, axis) => axis).filter((axis) => axis !== bands),
  );
  const header = [
    ...table.rowDimensions.map((dimension) => dimension.name),
    ...table.columns.map(columnName),
  ];
  const cells = table.rowDimensions.map(labelCells);
  return csvText(header, table, (at) => at.map((i, d) => cells[d]?.[i] as Cell));
}

/**
 * Writes a cube as CSV (RFC 4180, written by csv-stringify), no-data as empty cells. A vector cube (the result
 * of `aggregate_spatial`) gets one row per date and geometry, `date,feature_index,<band>...`, as openEO's
 * geotrellis back-ends write it; a raster cube one row per cell, `t,y,x,<band>...`, as pandas writes
 * `xarray.Dataset.to_dataframe()`. CSV honours no `save_result` options.
 */
export function encodeCsv(
  cube: DataCube,
  _options: Readonly<Record<string, unknown>>,
): Uint8Array<ArrayBuffer> {
  return encoder.encode(isVectorCube(cube) ? vectorCsv(cube) : rasterCsv(cube)) as Uint8Array<ArrayBuffer>;
}
