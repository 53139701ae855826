import { defineProcess, type ProcessImplementation } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { parseTemporal } from "../dates/rfc3339.js";
import { arrayInput, arrayResult, numbersOrNodata } from "./array-input.js";

const ID = "array_interpolate_linear";

/** The x axis: numeric labels, or the instants of date labels, else the indices. */
function xAxis(labels: readonly (string | number)[] | undefined, length: number): number[] {
  const indices = Array.from({ length }, (_, index) => index);
  if (!labels) return indices;
  if (labels.every((label) => typeof label === "number")) return labels as number[];
  const instants = labels.map((label) => (typeof label === "string" ? parseTemporal(label)?.ms : undefined));
  return instants.every((ms) => ms !== undefined) ? (instants as number[]) : indices;
}

function isGap(value: Value): boolean {
  return value === null || (typeof value === "number" && Number.isNaN(value));
}

/** Fills each gap between two numbers along the line through them; leading and trailing gaps stay. */
function interpolate(values: readonly Value[], x: readonly number[]): Value[] {
  const result = [...values];
  let previous = -1;
  for (let index = 0; index < values.length; index++) {
    if (isGap(values[index] as Value)) continue;
    if (previous >= 0 && index - previous > 1) {
      const [x0, x1] = [x[previous] as number, x[index] as number];
      const [y0, y1] = [values[previous] as number, values[index] as number];
      for (let gap = previous + 1; gap < index; gap++) {
        const t = ((x[gap] as number) - x0) / (x1 - x0);
        result[gap] = (1 - t) * y0 + t * y1;
      }
    }
    previous = index;
  }
  return result;
}

/** `array_interpolate_linear`, in this family. */
export const arrayInterpolateLinearProcess: ProcessImplementation = defineProcess({
  id: ID,
  summary: "Fills no-data and NaN between two numbers by linear interpolation over indices or labels.",
  fidelity: "exact",
  run: ({ data }) => {
    const input = arrayInput(ID, "data", data);
    const values = numbersOrNodata(ID, input.values);
    return arrayResult(interpolate(values, xAxis(input.labels, values.length)), input.labels);
  },
});
