/** Every error code the mock raises in process (its HTTP answers speak openEO's error codes instead). */
export const MOCK_ERROR_CODES = [
  "MockOptionsInvalid",
  "CatalogInvalid",
  "FaultInvalid",
  "ClockAdvanceInvalid",
  "JsonPointerInvalid",
  "AssetRangeInvalid",
  "ConnectionReset",
  "BodyTruncated",
] as const;

/** One of {@link MOCK_ERROR_CODES}. */
export type MockErrorCode = (typeof MOCK_ERROR_CODES)[number];

/** Every message of the mock starts with this prefix. */
export const MOCK_PREFIX = "jobkit-mock:";

/** Writes a message with the mock's prefix; the one place the prefix is added. */
export function mockMessage(message: string): string {
  return `${MOCK_PREFIX} ${message}`;
}

/** Base of the errors the mock throws in process; `code` is stable and meant for programs. */
// biome-ignore lint/plugin: the mock's base error class
export class JobkitMockError extends Error {
  override readonly name: string = "JobkitMockError";
  readonly code: MockErrorCode;

  constructor(code: MockErrorCode, message: string, options?: { cause?: unknown }) {
    super(mockMessage(message), options);
    this.code = code;
  }
}

/** Thrown by `createMockServer` (and the CLI) when an option is wrong. */
export class MockOptionsError extends JobkitMockError {
  override readonly name = "MockOptionsError";
  declare readonly code: "MockOptionsInvalid";

  constructor(message: string, options?: { cause?: unknown }) {
    super("MockOptionsInvalid", message, options);
  }
}

/** Thrown by `faults.add` for a malformed fault; over HTTP it becomes 400 FaultInvalid. */
export class FaultInvalidError extends JobkitMockError {
  override readonly name = "FaultInvalidError";
  declare readonly code: "FaultInvalid";

  constructor(message: string) {
    super("FaultInvalid", `invalid fault: ${message}`);
  }
}

/** A `reset` fault: in process the request rejects with it; over HTTP the socket is destroyed first. */
export class ConnectionResetError extends JobkitMockError {
  override readonly name = "ConnectionResetError";
  declare readonly code: "ConnectionReset";

  constructor() {
    super("ConnectionReset", "connection reset (fault).");
  }
}

/** Thrown by `createMockServer` when a catalogue source cannot be read or a collection in it is invalid. */
export class MockCatalogError extends JobkitMockError {
  override readonly name = "MockCatalogError";
  declare readonly code: "CatalogInvalid";
  /** Every problem found, each `source: json.path: what is wrong`. */
  readonly problems: readonly string[];

  constructor(problems: readonly string[], options?: { cause?: unknown }) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : "";
    super(
      "CatalogInvalid",
      `the catalogue is invalid, nothing was loaded: ${problems[0]}${more}. Fix the source, or leave out catalog (--catalog) to serve the built-in collections.`,
      options,
    );
    this.problems = problems;
  }
}
