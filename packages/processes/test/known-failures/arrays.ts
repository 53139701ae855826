/** Official cases of the arrays processes the engine does not pass yet, by `process#index`, with the reason. */
export const arraysKnownFailures: Readonly<Record<string, string>> = {
  "array_append#0":
    "the case expects [1] from appending 0 to [], but the definition appends the value itself, giving [0]",
  "array_apply#5":
    "the case expects a plain array from a labeled input while array_apply#7 expects the labels kept; we keep them",
  "array_apply#6":
    "the case expects a plain array from a labeled input while array_apply#7 expects the labels kept; we keep them",
  "array_apply#8": "the case's graph calls process 'mulitply' (a typo for multiply), which does not exist",
  "array_element#3":
    "the case asks for label 'BO2' (letter O) in an array labeled 'B01'..'B03' (zero) and expects 5; " +
    "the label does not exist, so the definition throws ArrayElementNotAvailable (as array_element#8 expects for 'BO4')",
  "array_filter#0": "the case passes the callback as 'process', but array_filter's parameter is 'condition'",
  "array_filter#1": "the case passes the callback as 'process', but array_filter's parameter is 'condition'",
  "array_filter#2": "the case passes the callback as 'process', but array_filter's parameter is 'condition'",
  "array_filter#3": "the case passes the callback as 'process', but array_filter's parameter is 'condition'",
  "array_filter#4": "the case passes the callback as 'process', but array_filter's parameter is 'condition'",
  "array_filter#5": "the case passes the callback as 'process', but array_filter's parameter is 'condition'",
  "array_filter#6": "the case passes the callback as 'process', but array_filter's parameter is 'condition'",
  "array_find#6": "the case expects index 1 for value 3 in the labeled array [3, 4]; the value is at index 0",
  "array_modify#3":
    "the case removes an element without giving 'length', whose default is 0 (insert only), as array_modify#2 " +
    "relies on; no default satisfies both cases",
  "product#10":
    "the case expects NaN for 1 × -∞ × 3 × ∞, but IEEE 754 multiplication (which the definition follows) gives -∞; " +
    "only ∞ × 0 is NaN",
  "count#4":
    "the case's condition reads parameter 'element', but count's condition has parameters 'x' and 'context'",
  "count#5":
    "the case's condition reads parameter 'element', but count's condition has parameters 'x' and 'context'",
};
