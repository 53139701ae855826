import { defineProcess, type ProcessArguments, type ProcessImplementation } from "../process-entry.js";
import type { Value } from "../value.js";
import { arrayInput } from "./arrays/array-input.js";
import { invalidArgument } from "./arrays/process-exception.js";

/** How a search sees one character: as it is, or in lower case. */
type Fold = (character: string) => string;

/** A test of `data` against `pattern`, both given as their characters, each already folded. */
type TextTest = (data: readonly string[], pattern: string) => Value;

const asIs: Fold = (character) => character;
const lowerCase: Fold = (character) => character.toLowerCase();

/**
 * A process that looks for `pattern` in `data`: no-data passes through, and with `case_sensitive` `false` both texts
 * are compared in lower case, character by character.
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
      const fold = case_sensitive === false ? lowerCase : asIs;
      return test(Array.from(data, fold), Array.from(pattern, fold).join(""));
    },
  });
}

/** Where `pattern` starts in `data`, counted in characters (code points) of the given text, or no-data. */
function findText(data: readonly string[], pattern: string): Value {
  const index = data.join("").indexOf(pattern);
  if (index < 0) return null;
  let units = 0;
  const position = data.findIndex((character) => {
    units += character.length;
    return units > index;
  });
  return position < 0 ? data.length : position;
}

/** The text of a value as `text_concat` writes it: numbers, booleans and no-data in lower case. */
function textOf(value: Value): string {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return String(value);
  throw invalidArgument("text_concat", "data", "must hold texts, numbers, booleans and no-data only.");
}

/** The text processes. */
export const textProcesses: readonly ProcessImplementation[] = [
  defineTextSearch("text_begins", "Tells whether a text starts with a pattern.", (data, pattern) =>
    data.join("").startsWith(pattern),
  ),
  defineTextSearch("text_contains", "Tells whether a text contains a pattern.", (data, pattern) =>
    data.join("").includes(pattern),
  ),
  defineTextSearch("text_ends", "Tells whether a text ends with a pattern.", (data, pattern) =>
    data.join("").endsWith(pattern),
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
