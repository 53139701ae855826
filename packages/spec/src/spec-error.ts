/** Every error code the spec package raises. */
export const SPEC_ERROR_CODES = ["UnknownApiVersion", "UnknownSchema"] as const;

/** One of {@link SPEC_ERROR_CODES}. */
export type SpecErrorCode = (typeof SPEC_ERROR_CODES)[number];

/** Every message of the spec package starts with this prefix. */
export const SPEC_PREFIX = "jobkit-spec:";

/** Writes a message with the package's prefix; the one place the prefix is added. */
export function specMessage(message: string): string {
  return `${SPEC_PREFIX} ${message}`;
}

/** A call of the spec package named something the contract does not have; `code` is stable. */
// biome-ignore lint/plugin: the spec package's base error class
export class JobkitSpecError extends Error {
  override readonly name = "JobkitSpecError";
  readonly code: SpecErrorCode;

  constructor(code: SpecErrorCode, message: string, options?: { cause?: unknown }) {
    super(specMessage(message), options);
    this.code = code;
  }
}
