/** Base of the kit's own errors; `code` is stable. */
export class ConformanceError extends Error {
  override readonly name: string = "ConformanceError";
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(`jobkit-conformance: ${message}`, options);
    this.code = code;
  }
}

/** Options or arguments that make no sense (exit code 2). */
export class ConformanceUsageError extends ConformanceError {
  override readonly name = "ConformanceUsageError";
  constructor(message: string, options?: { cause?: unknown }) {
    super("CONFORMANCE_USAGE", message, options);
  }
}

/** The target does not answer `GET /` at all (exit code 2). */
export class TargetUnreachableError extends ConformanceError {
  override readonly name = "TargetUnreachableError";
  constructor(message: string, options?: { cause?: unknown }) {
    super("CONFORMANCE_TARGET_UNREACHABLE", message, options);
  }
}
