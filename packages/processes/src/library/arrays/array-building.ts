import { LabeledArray } from "../../labeled-array.js";
import { defineProcess, type ProcessArguments, type ProcessImplementation } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { invalidArgument, processException } from "../common/process-errors.js";
import { type ArrayInput, arrayInput, arrayResult } from "./array-input.js";

/** The most elements an array built by these processes may have, so that no graph can exhaust memory. */
export const MAX_ARRAY_LENGTH = 10_000_000;

function checkLength(processId: string, length: number, data: Value): void {
  if (length > MAX_ARRAY_LENGTH) {
    const expected = `an array whose result has at most ${MAX_ARRAY_LENGTH} elements, not ${length}`;
    throw invalidArgument(processId, "data", expected, data);
  }
}

type Labels = readonly (string | number)[];

/** Fails with `ArrayLabelConflict` when a label is in both lists. */
function checkLabelConflict(processId: string, first: Labels, second: Labels): void {
  const conflict = second.find((label) => first.includes(label));
  if (conflict !== undefined) {
    throw processException(
      processId,
      "ArrayLabelConflict",
      `label ${JSON.stringify(conflict)} is in both arrays.`,
    );
  }
}

function arrayAppend({ data, value, label }: ProcessArguments): Value {
  const input = arrayInput("array_append", "data", data);
  if (!input.labels) {
    if (label !== null) {
      throw processException(
        "array_append",
        "ArrayNotLabeled",
        "a label is given but the array has no labels.",
      );
    }
    return [...input.values, value as Value];
  }
  const newLabel = typeof label === "string" || typeof label === "number" ? label : input.labels.length;
  if (input.labels.includes(newLabel)) {
    throw processException(
      "array_append",
      "LabelExists",
      `label ${JSON.stringify(newLabel)} already exists.`,
    );
  }
  return new LabeledArray([...input.labels, newLabel], [...input.values, value as Value]);
}

function arrayConcat({ array1, array2 }: ProcessArguments): Value {
  const first = arrayInput("array_concat", "array1", array1);
  const second = arrayInput("array_concat", "array2", array2);
  checkLength("array_concat", first.values.length + second.values.length, array1 as Value);
  const values = [...first.values, ...second.values];
  if (!first.labels || !second.labels) return values;
  checkLabelConflict("array_concat", first.labels, second.labels);
  return new LabeledArray([...first.labels, ...second.labels], values);
}

function arrayCreate({ data, repeat }: ProcessArguments): Value {
  const values = arrayInput("array_create", "data", data).values;
  if (typeof repeat !== "number" || !Number.isInteger(repeat) || repeat < 1) {
    throw invalidArgument("array_create", "repeat", "an integer of at least 1", repeat ?? null);
  }
  checkLength("array_create", values.length * repeat, data as Value);
  return Array.from({ length: repeat }, () => values).flat(1) as Value[];
}

function arrayCreateLabeled({ data, labels }: ProcessArguments): Value {
  const values = arrayInput("array_create_labeled", "data", data).values;
  const keys = arrayInput("array_create_labeled", "labels", labels).values;
  if (values.length !== keys.length) {
    throw processException(
      "array_create_labeled",
      "ArrayLengthMismatch",
      `${values.length} values but ${keys.length} labels.`,
    );
  }
  const valid = keys.every((key) => typeof key === "string" || typeof key === "number");
  if (!valid || new Set(keys).size !== keys.length) {
    throw invalidArgument(
      "array_create_labeled",
      "labels",
      "an array of distinct numbers or strings",
      labels ?? null,
    );
  }
  return new LabeledArray(keys as (string | number)[], [...values]);
}

/** A label list for an array: its labels, none when it is empty, `undefined` when it is plain. */
function labelsOrEmpty(input: ArrayInput): Labels | undefined {
  return input.labels ?? (input.values.length === 0 ? [] : undefined);
}

/**
 * Labels of `array_modify`'s result: kept when both arrays are labeled or one of them is empty. A label of `values`
 * conflicts only with the labels that stay, so an element can be replaced by one with the same label.
 */
function modifiedLabels(
  input: ArrayInput,
  inserted: ArrayInput,
  kept: Labels,
  index: number,
): Labels | undefined {
  const insertedLabels = labelsOrEmpty(inserted);
  if ((!input.labels && !inserted.labels) || !labelsOrEmpty(input) || !insertedLabels) return undefined;
  checkLabelConflict("array_modify", kept, insertedLabels);
  return [...kept.slice(0, index), ...insertedLabels, ...kept.slice(index)];
}

function arrayModify({ data, values, index, length }: ProcessArguments): Value {
  const input = arrayInput("array_modify", "data", data);
  const inserted = arrayInput("array_modify", "values", values);
  const count = input.values.length;
  if (typeof index !== "number" || !Number.isInteger(index) || index < 0) {
    throw invalidArgument("array_modify", "index", "an integer of at least 0", index ?? null);
  }
  if (index > count) {
    throw processException(
      "array_modify",
      "ArrayElementNotAvailable",
      `index ${index} is past the end (${count}).`,
    );
  }
  const end = Math.min(count, index + (typeof length === "number" ? Math.max(0, length) : 0));
  const remove = <T>(items: readonly T[]): T[] => [...items.slice(0, index), ...items.slice(end)];
  const kept = remove(input.values);
  const result = [...kept.slice(0, index), ...inserted.values, ...kept.slice(index)];
  return arrayResult(result, modifiedLabels(input, inserted, remove(input.labels ?? []), index));
}

/** The processes that build new arrays: append, concatenate, create, modify. */
export const arrayBuildingProcesses: readonly ProcessImplementation[] = [
  defineProcess({
    id: "array_append",
    summary: "Adds one value at the end; a labeled array gets the given label or the next index.",
    fidelity: "exact",
    run: arrayAppend,
  }),
  defineProcess({
    id: "array_concat",
    summary: "Joins two arrays; labels survive only when both arrays have them.",
    fidelity: "exact",
    run: arrayConcat,
  }),
  defineProcess({
    id: "array_create",
    summary: "Builds an array from a list of values repeated a number of times.",
    fidelity: "exact",
    run: arrayCreate,
  }),
  defineProcess({
    id: "array_create_labeled",
    summary: "Pairs a list of values with a list of labels into a labeled array.",
    fidelity: "exact",
    run: arrayCreateLabeled,
  }),
  defineProcess({
    id: "array_modify",
    summary: "Removes a run of elements at an index and inserts other values there.",
    fidelity: "exact",
    run: arrayModify,
  }),
];
