const FROM_ARGUMENT =
  "the callback reads {from_argument}, the pre-1.0 reference openEO API 1.x dropped; the engine resolves only " +
  "{from_parameter}, so the callback gets a plain object";
const LABELS_DROPPED =
  "expects a plain array from a labeled input, while array_apply#7 expects the labels kept (we keep them); " +
  `also, ${FROM_ARGUMENT}`;
const FILTER_PROCESS =
  "passes the callback as 'process', but array_filter's parameter is 'condition' (which is then missing)";
const COUNT_ELEMENT =
  "the condition reads parameter 'element', but count hands its condition only 'x' and 'context'";

/**
 * Official cases of the arrays, reducers, text and dates processes the engine does not pass, by `process#index`,
 * with the reason: each contradicts its process's definition, or uses a reference openEO API 1.x dropped.
 */
export const arraysKnownFailures: Readonly<Record<string, string>> = {
  "array_append#0":
    "the case expects [1] from appending 0 to [], but the definition appends the value itself, giving [0]",
  "array_apply#1": FROM_ARGUMENT,
  "array_apply#2": FROM_ARGUMENT,
  "array_apply#3": FROM_ARGUMENT,
  "array_apply#4": FROM_ARGUMENT,
  "array_apply#5": LABELS_DROPPED,
  "array_apply#6": LABELS_DROPPED,
  "array_apply#7": FROM_ARGUMENT,
  "array_apply#8": `the graph calls process 'mulitply' (a typo for multiply), which does not exist; also, ${FROM_ARGUMENT}`,
  "array_element#3":
    "the case asks for label 'BO2' (letter O) in an array labeled 'B01'..'B03' (zero) and expects 5; " +
    "the label does not exist, so the definition throws ArrayElementNotAvailable (as array_element#8 expects for 'BO4')",
  "array_filter#0": FILTER_PROCESS,
  "array_filter#1": FILTER_PROCESS,
  "array_filter#2": FILTER_PROCESS,
  "array_filter#3": FILTER_PROCESS,
  "array_filter#4": FILTER_PROCESS,
  "array_filter#5": FILTER_PROCESS,
  "array_filter#6": FILTER_PROCESS,
  "array_find#6": "the case expects index 1 for value 3 in the labeled array [3, 4]; the value is at index 0",
  "array_modify#3":
    "the case removes an element without giving 'length', whose default is 0 (insert only), as array_modify#2 " +
    "relies on; no default satisfies both cases",
  "count#4": COUNT_ELEMENT,
  "count#5": COUNT_ELEMENT,
  "product#10":
    "the case expects NaN for 1 × -∞ × 3 × ∞, but IEEE 754 multiplication (which the definition follows) gives -∞; " +
    "only ∞ × 0 is NaN",
};
