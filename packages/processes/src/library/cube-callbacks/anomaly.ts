import { cubeArgument } from "../../cube/cube-argument.js";
import { spanOf } from "../../cube/cube-span.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import { temporalDimensionIndex } from "../../cube/temporal-dimension.js";
import { placeInYear, YEARLY_PERIODS } from "../../cube/temporal-period.js";
import { defineProcess } from "../../process-entry.js";
import { ProcessFailedError } from "../../processes-error.js";
import type { Value } from "../../value.js";

const ID = "anomaly";

function failure(message: string): ProcessFailedError {
  return new ProcessFailedError(
    { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
    `${ID}: ${message}`,
  );
}

/** The normals label a data label compares with, for the period. */
function normalLabel(label: string, period: Value | undefined, normals: Dimension): string {
  if (period === "single-period" || period === "climatology-period") {
    if (normals.labels.length !== 1) throw failure(`a ${period} needs normals with one temporal label.`);
    return String(normals.labels[0]);
  }
  return YEARLY_PERIODS.includes(String(period)) ? placeInYear(label) : label;
}

/**
 * For each dimension of the data, the offset into the normals of each of its labels: the temporal labels by
 * period, the others by equal label (a dimension the normals lack is broadcast).
 */
function offsetTables(data: DataCube, normals: DataCube, period: Value | undefined): number[][] {
  const [dataTime, normalTime] = [
    temporalDimensionIndex(data, null, ID),
    temporalDimensionIndex(normals, null, ID),
  ];
  const extra = normals.dimensions.find(
    (d, at) => at !== normalTime && !data.dimensions.some((other) => other.name === d.name),
  );
  if (extra) throw failure(`the normals have a dimension '${extra.name}' that the data lacks.`);
  return data.dimensions.map((dimension, at) => {
    const target =
      at === dataTime ? normalTime : normals.dimensions.findIndex((d) => d.name === dimension.name);
    if (target < 0) return dimension.labels.map(() => 0);
    const source = normals.dimensions[target] as Dimension;
    const stride = spanOf(normals, target).inner;
    return dimension.labels.map((label) => {
      const wanted = at === dataTime ? normalLabel(String(label), period, source) : String(label);
      const position = source.labels.findIndex((candidate) => String(candidate) === wanted);
      if (position < 0)
        throw failure(`the normals have no label '${wanted}' in '${source.name}' (for '${label}').`);
      return position * stride;
    });
  });
}

/** Moves a row-major position one cell on. */
function advance(position: number[], lengths: readonly number[]): void {
  for (let d = lengths.length - 1; d >= 0; d--) {
    position[d] = (position[d] as number) + 1;
    if ((position[d] as number) < (lengths[d] as number)) return;
    position[d] = 0;
  }
}

/** `anomaly`: the data minus the normal of its period. */
export const anomaly = defineProcess({
  id: ID,
  summary: "Subtracts from each period of the data the normal of the same period of the year.",
  fidelity: "exact",
  run: ({ data, normals, period }) => {
    const cube = cubeArgument(data, "data");
    const reference = cubeArgument(normals, "normals");
    const tables = offsetTables(cube, reference, period);
    const lengths = cube.dimensions.map((d) => d.labels.length);
    const position = lengths.map(() => 0);
    const values = new Float64Array(cube.values.length);
    for (let c = 0; c < values.length; c++) {
      const offset = position.reduce((sum, k, d) => sum + ((tables[d] as number[])[k] as number), 0);
      values[c] = (cube.values[c] as number) - (reference.values[offset] as number);
      advance(position, lengths);
    }
    return new DataCube(cube.dimensions, values);
  },
});
