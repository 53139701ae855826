import { cubeArgument } from "../../cube/cube-argument.js";
import { assertCubeCells } from "../../cube/cube-index.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import { parseInstant } from "../../cube/instant.js";
import { reduceAlong } from "../../cube/reduce-along.js";
import { temporalDimensionIndex } from "../../cube/temporal-dimension.js";
import { periodLabel, periodOrdinal, placeInYear, type TemporalPeriod } from "../../cube/temporal-period.js";
import { defineProcess } from "../../process-entry.js";
import { ProcessFailedError } from "../../processes-error.js";
import type { Value } from "../../value.js";

const ID = "climatological_normal";
const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** Per period: the labels of the normals, and the first month (of the year before the period when negative). */
const NORMALS: Readonly<Record<string, { labels: string[]; firstMonth: number }>> = {
  day: { labels: Array.from({ length: 365 }, (_, k) => pad(k + 1, 3)), firstMonth: 0 },
  month: { labels: Array.from({ length: 12 }, (_, k) => pad(k + 1, 2)), firstMonth: 0 },
  season: { labels: ["djf", "mam", "jja", "son"], firstMonth: -1 },
  "tropical-season": { labels: ["ndjfma", "mjjaso"], firstMonth: -2 },
  "climatology-period": { labels: ["climatology-period"], firstMonth: 0 },
};

function failure(message: string): ProcessFailedError {
  return new ProcessFailedError(
    { openeoCode: "ProcessArgumentInvalid", status: 400, pointer: "" },
    `${ID}: ${message}`,
  );
}

function yearsOf(value: Value | undefined): [number, number] {
  const years = Array.isArray(value) ? value.map(Number) : [];
  if (years.length !== 2 || !years.every(Number.isInteger) || (years[0] as number) > (years[1] as number)) {
    throw failure("climatology_period must be two years, the first not after the second.");
  }
  return years as [number, number];
}

/** The normal a date belongs to, or `undefined` when it lies outside the climatology period. */
function keyOf(instant: number, period: string, [first, last]: [number, number]): string | undefined {
  const shift = NORMALS[period]?.firstMonth ?? 0;
  const from = Date.UTC(first, shift, 1);
  const to = Date.UTC(last + 1, shift, 1);
  if (instant < from || instant >= to) return undefined;
  if (period === "climatology-period") return period;
  return placeInYear(periodLabel(periodOrdinal(instant, period as TemporalPeriod), period as TemporalPeriod));
}

/** `climatological_normal`: the mean of each period of the year over the climatology period. */
export const climatologicalNormal = defineProcess({
  id: ID,
  summary: "Averages each day, month or season of the year (or the whole span) over a climatology period.",
  fidelity: "exact",
  run: ({ data, period, climatology_period }, processContext) => {
    const cube = cubeArgument(data, "data");
    const normals = NORMALS[String(period)];
    if (!normals) throw failure(`period must be one of ${Object.keys(NORMALS).join(", ")}.`);
    const years = yearsOf(climatology_period);
    const index = temporalDimensionIndex(cube, null, ID);
    const source = cube.dimensions[index] as Dimension;
    const keys = source.labels.map((label) => keyOf(parseInstant(String(label)), String(period), years));
    const labels = keys.includes("366") ? [...normals.labels, "366"] : normals.labels;
    assertCubeCells((cube.values.length / Math.max(source.labels.length, 1)) * labels.length, processContext);
    const groups = labels.map((label) => keys.flatMap((key, k) => (key === label ? [k] : [])));
    const values = reduceAlong(cube, index, groups, (cells) => {
      const valid = cells.filter((cell) => !Number.isNaN(cell));
      return valid.length === 0 ? Number.NaN : valid.reduce((sum, cell) => sum + cell, 0) / valid.length;
    });
    const { step: _step, ...kept } = source;
    return new DataCube(
      cube.dimensions.map((d, at) => (at === index ? { ...kept, labels } : d)),
      values,
    );
  },
});
