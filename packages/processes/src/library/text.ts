import { defineProcess, type ProcessArguments, type ProcessImplementation } from "../process-entry.js";
import type { Value } from "../value.js";
import { arrayInput } from "./arrays/array-input.js";
import { invalidArgument } from "./arrays/process-exception.js";

type TextTest = (data: string, pattern: string) => Value;

/**
 * A process that looks for `pattern` in `data`: no-data passes through, and with `case_sensitive` `false` both texts
 * are compared in lower case.
 */
function defineTextSearch(id: string, summary: string, test: TextTest): ProcessImplementation {
  return defineProcess({
    id,
    summary,
    fidelity: "exact",
    run: ({ data, pattern, case_sensitive }: ProcessArguments) => {
      if (data === null) return null;
      if (typeof data !== "string") throw invalidArgument(id, "data", "must be a text or no-data.");
      if (typeof pattern !== "string") throw invalidArgument(id, "pattern", "must be a text.");
      const fold = (text: string) => (case_sensitive === false ? text.toLowerCase() : text);
      return test(fold(data), fold(pattern));
    },
  });
}

/** Where `pattern` starts in `data`, counted in characters (code points), or no-data. */
function findText(data: string, pattern: string): Value {
  const index = data.indexOf(pattern);
  return index < 0 ? null : [...data.slice(0, index)].length;
}

/** The text of a value as `text_concat` writes it: numbers, booleans and no-data in lower case. */
function textOf(value: Value): string {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return String(value);
  throw invalidArgument("text_concat", "data", "must hold texts, numbers, booleans and no-data only.");
}

/** The text processes. */
export const textProcesses: readonly ProcessImplementation[] = [
  defineTextSearch("text_begins", "Tells whether a text starts with a pattern.", (data, pattern) =>
    data.startsWith(pattern),
  ),
  defineTextSearch("text_contains", "Tells whether a text contains a pattern.", (data, pattern) =>
    data.includes(pattern),
  ),
  defineTextSearch("text_ends", "Tells whether a text ends with a pattern.", (data, pattern) =>
    data.endsWith(pattern),
  ),
  defineTextSearch("text_find", "Gives the position of a pattern's first occurrence in a text.", findText),
  defineProcess({
    id: "text_concat",
    summary: "Joins the texts of a list of values with a separator between them.",
    fidelity: "exact",
    run: ({ data, separator }) =>
      arrayInput("text_concat", "data", data)
        .values.map(textOf)
        .join(textOf(separator as Value)),
  }),
];
