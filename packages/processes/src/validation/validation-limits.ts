/** Bounds that keep validation and evaluation of any input finite; going over one is `ProcessGraphComplexity`. */
export interface ValidationLimits {
  /** Most nodes over the graph and all its callbacks. */
  readonly maxNodes: number;
  /** Most callbacks nested in one another. */
  readonly maxCallbackDepth: number;
  /** Most arrays and objects nested in one another inside one argument. */
  readonly maxValueDepth: number;
  /** Most values (array items, object members, ...) over all arguments. */
  readonly maxValues: number;
  /** Most errors one validation reports before it stops. */
  readonly maxErrors: number;
}

/** The limits used when none are given. */
export const DEFAULT_VALIDATION_LIMITS: ValidationLimits = {
  maxNodes: 100_000,
  maxCallbackDepth: 64,
  maxValueDepth: 256,
  maxValues: 2 ** 24,
  maxErrors: 100,
};
