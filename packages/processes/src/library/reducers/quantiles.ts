import { defineProcess, type ProcessArguments, type ProcessImplementation } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { invalidArgument, processException } from "../common/process-errors.js";
import { gatherValues, NAN_FOUND, scratchBuffer } from "./number-scratch.js";

const ID = "quantiles";

function intervals(parameter: string, q: number): number[] {
  if (!Number.isInteger(q) || q < 2) throw invalidArgument(ID, parameter, "an integer of at least 2", q);
  return Array.from({ length: q - 1 }, (_, k) => (k + 1) / q);
}

function listed(list: readonly Value[]): number[] {
  const outside = list.find((p) => typeof p !== "number" || !(p >= 0 && p <= 1));
  if (outside !== undefined)
    throw invalidArgument(ID, "probabilities", "an array of numbers from 0 to 1", outside);
  const probabilities = list as number[];
  if (probabilities.some((p, index) => index > 0 && p < (probabilities[index - 1] as number))) {
    throw processException(
      ID,
      "AscendingProbabilitiesRequired",
      "sort the probabilities in ascending order.",
    );
  }
  return probabilities;
}

/** The probabilities asked for: a list, or the cut points of `q` equal intervals (`probabilities` or the old `q`). */
function probabilitiesOf({ probabilities, q }: ProcessArguments): number[] {
  if (probabilities !== null && q !== null) {
    throw processException(ID, "QuantilesParameterConflict", "give either 'probabilities' or 'q', not both.");
  }
  if (Array.isArray(probabilities)) return listed(probabilities);
  if (typeof probabilities === "number") return intervals("probabilities", probabilities);
  if (typeof q === "number") return intervals("q", q);
  throw processException(ID, "QuantilesParameterMissing", "give 'probabilities' (or the deprecated 'q').");
}

/** The sample quantile of type 7 (Hyndman and Fan) of sorted numbers, weighted so that infinities stay infinite. */
function quantile(sorted: Float64Array, count: number, p: number): number {
  const h = (count - 1) * p;
  const low = Math.floor(h);
  const fraction = h - low;
  const below = sorted[low] as number;
  return fraction === 0 ? below : (1 - fraction) * below + fraction * (sorted[low + 1] as number);
}

function quantiles(args: ProcessArguments): Value {
  const probabilities = probabilitiesOf(args);
  const count = gatherValues(ID, args);
  if (count === NAN_FOUND) return probabilities.map(() => Number.NaN);
  if (count <= 0) return probabilities.map(() => null);
  const sorted = scratchBuffer(count).subarray(0, count).sort();
  return probabilities.map((p) => quantile(sorted, count, p));
}

/** `quantiles`, in this family. */
export const quantilesProcess: ProcessImplementation = defineProcess({
  id: ID,
  summary: "Gives type-7 sample quantiles for a list of probabilities or for q equal intervals.",
  fidelity: "exact",
  run: quantiles,
});
