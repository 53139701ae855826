/** Every error code the kit raises itself (verdicts about the target are never thrown). */
export const CONFORMANCE_ERROR_CODES = ["UsageInvalid", "TargetUnreachable"] as const;

/** One of {@link CONFORMANCE_ERROR_CODES}. */
export type ConformanceErrorCode = (typeof CONFORMANCE_ERROR_CODES)[number];

/** Every message of the kit starts with this prefix. */
export const CONFORMANCE_PREFIX = "jobkit-conformance:";

/** Writes a message with the kit's prefix; the one place the prefix is added. */
export function conformanceMessage(message: string): string {
  return `${CONFORMANCE_PREFIX} ${message}`;
}

/** Base of the kit's own errors; `code` is stable and meant for programs. */
// biome-ignore lint/plugin: the kit's base error class
export class ConformanceError extends Error {
  override readonly name: string = "ConformanceError";
  readonly code: ConformanceErrorCode;

  constructor(code: ConformanceErrorCode, message: string, options?: { cause?: unknown }) {
    super(conformanceMessage(message), options);
    this.code = code;
  }
}

/** Options or arguments that make no sense (exit code 2). */
export class ConformanceUsageError extends ConformanceError {
  override readonly name = "ConformanceUsageError";
  declare readonly code: "UsageInvalid";

  constructor(message: string, options?: { cause?: unknown }) {
    super("UsageInvalid", message, options);
  }
}

/** The target does not answer `GET /` at all (exit code 2). */
export class TargetUnreachableError extends ConformanceError {
  override readonly name = "TargetUnreachableError";
  declare readonly code: "TargetUnreachable";

  constructor(message: string, options?: { cause?: unknown }) {
    super("TargetUnreachable", message, options);
  }
}
