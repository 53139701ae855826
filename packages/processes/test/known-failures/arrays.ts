const LABELS_DROPPED =
  "expects a plain array from a labeled input, while array_apply#7 expects the labels kept (we keep them)";

/**
 * Official cases of the arrays, reducers, text and dates processes the engine does not pass, by `process#index`,
 * with the reason: each contradicts its process's definition. (Cases the engine refuses before they run are in
 * engine.ts.)
 */
export const arraysKnownFailures: Readonly<Record<string, string>> = {
  "array_append#0":
    "the case expects [1] from appending 0 to [], but the definition appends the value itself, giving [0]",
  "array_apply#5": LABELS_DROPPED,
  "array_apply#6": LABELS_DROPPED,
  "array_element#3":
    "the case asks for label 'BO2' (letter O) in an array labeled 'B01'..'B03' (zero) and expects 5; " +
    "the label does not exist, so the definition throws ArrayElementNotAvailable (as array_element#8 expects for 'BO4')",
  "array_find#6": "the case expects index 1 for value 3 in the labeled array [3, 4]; the value is at index 0",
  "array_modify#3":
    "the case removes an element without giving 'length', whose default is 0 (insert only), as array_modify#2 " +
    "relies on; no default satisfies both cases",
  "product#10":
    "the case expects NaN for 1 × -∞ × 3 × ∞, but IEEE 754 multiplication (which the definition follows) gives -∞; " +
    "only ∞ × 0 is NaN",
};
