import { defineProcess, type ProcessArguments, type ProcessImplementation } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { processException } from "../common/process-errors.js";
import { type ArrayInput, arrayInput, ignoresNodata } from "./array-input.js";
import { sameValue } from "./same-value.js";

const ELEMENT = "array_element";

function elementPosition(input: ArrayInput, args: ProcessArguments): number {
  const { index, label } = args;
  if (index !== null && index !== undefined && label !== null && label !== undefined) {
    throw processException(
      ELEMENT,
      "ArrayElementParameterConflict",
      "give either 'index' or 'label', not both.",
    );
  }
  if (typeof index === "number") return Number.isInteger(index) && index < input.values.length ? index : -1;
  if (typeof label === "string" || typeof label === "number") {
    if (!input.labels) {
      throw processException(
        ELEMENT,
        "ArrayNotLabeled",
        "'label' is set but the array has no labels; use 'index'.",
      );
    }
    return input.labels.indexOf(label);
  }
  throw processException(ELEMENT, "ArrayElementParameterMissing", "give either 'index' or 'label'.");
}

function arrayElement(args: ProcessArguments): Value {
  const input = arrayInput(ELEMENT, "data", args.data);
  const position = elementPosition(input, args);
  if (position >= 0) return input.values[position] as Value;
  if (args.return_nodata === true) return null;
  const which = args.index ?? args.label;
  throw processException(
    ELEMENT,
    "ArrayElementNotAvailable",
    `the array has no element ${JSON.stringify(which)}.`,
  );
}

/** The position of the first (or last) element, skipping no-data unless `ignore_nodata` is off; -1 for none. */
function endPosition(
  length: number,
  isNodata: (index: number) => boolean,
  fromEnd: boolean,
  ignore: boolean,
) {
  for (let step = 0; step < length; step++) {
    const index = fromEnd ? length - 1 - step : step;
    if (!ignore || !isNodata(index)) return index;
  }
  return -1;
}

/** `first` or `last`, over arrays (no-data `null`) and over cube cells (no-data `NaN`). */
function defineEndElement(id: string, summary: string, fromEnd: boolean): ProcessImplementation {
  return defineProcess({
    id,
    summary,
    fidelity: "exact",
    run: (args) => {
      const values = arrayInput(id, "data", args.data).values;
      const index = endPosition(values.length, (k) => values[k] === null, fromEnd, ignoresNodata(args));
      return index < 0 ? null : (values[index] as Value);
    },
    reduceNumbers: (cells, args) => {
      const index = endPosition(cells.length, (k) => Number.isNaN(cells[k]), fromEnd, ignoresNodata(args));
      return index < 0 ? Number.NaN : (cells[index] as number);
    },
  });
}

function findValue(args: ProcessArguments): Value {
  const values = arrayInput("array_find", "data", args.data).values;
  const matches = (element: Value) => sameValue(element, args.value as Value);
  const index = args.reverse === true ? values.findLastIndex(matches) : values.findIndex(matches);
  return index < 0 ? null : index;
}

/** The processes that read elements, labels and positions of an array. */
export const elementAccessProcesses: readonly ProcessImplementation[] = [
  defineProcess({
    id: ELEMENT,
    summary: "Picks one element by index or by label; a missing one fails or, if asked, gives no-data.",
    fidelity: "exact",
    run: arrayElement,
  }),
  defineEndElement("first", "Gives the first element, by default the first that is not no-data.", false),
  defineEndElement("last", "Gives the last element, by default the last that is not no-data.", true),
  defineProcess({
    id: "array_labels",
    summary: "Lists the labels of a labeled array, or the indices of a plain one.",
    fidelity: "exact",
    run: ({ data }) => {
      const input = arrayInput("array_labels", "data", data);
      return input.labels ? [...input.labels] : input.values.map((_, index) => index);
    },
  }),
  defineProcess({
    id: "array_find",
    summary: "Gives the index of the first (or last) element equal to a value, or no-data when none is.",
    fidelity: "exact",
    run: findValue,
  }),
  defineProcess({
    id: "array_find_label",
    summary:
      "Gives the index of a label in a labeled array, or no-data when the label or the labels are missing.",
    fidelity: "exact",
    run: ({ data, label }) => {
      const labels = arrayInput("array_find_label", "data", data).labels ?? [];
      const index = typeof label === "string" || typeof label === "number" ? labels.indexOf(label) : -1;
      return index < 0 ? null : index;
    },
  }),
  defineProcess({
    id: "array_contains",
    summary: "Tells whether an array has an element equal to a value; no-data is never found.",
    fidelity: "exact",
    run: ({ data, value }) =>
      arrayInput("array_contains", "data", data).values.some((element) => sameValue(element, value as Value)),
  }),
];
