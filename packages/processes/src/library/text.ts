import { defineProcess, type ProcessArguments, type ProcessImplementation } from "../process-entry.js";
import type { Value } from "../value.js";
import { arrayInput } from "./arrays/array-input.js";
import { textArgument } from "./common/argument-readers.js";
import { invalidArgument } from "./common/process-errors.js";

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
      const text = textArgument(id, "data", data, true);
      if (text === null) return null;
      const search = textArgument(id, "pattern", pattern) as string;
      const fold = case_sensitive === false ? lowerCase : asIs;
      return test(Array.from(text, fold), Array.from(search, fold).join(""));
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
  throw invalidArgument(
    "text_concat",
    "data",
    "an array of strings, numbers, booleans and no-data only",
    value,
  );
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
