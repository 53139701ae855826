/** Every error code this package raises in process; each error also carries the openEO code it answers with. */
export const PROCESSES_ERROR_CODES = ["ProcessGraphRejected", "ProcessFailed"] as const;

/** One of {@link PROCESSES_ERROR_CODES}. */
export type ProcessesErrorCode = (typeof PROCESSES_ERROR_CODES)[number];

/** Every message of this package starts with this prefix. */
export const PROCESSES_PREFIX = "jobkit-processes:";

/** Writes a message with the package's prefix; the one place the prefix is added. */
export function processesMessage(message: string): string {
  return `${PROCESSES_PREFIX} ${message}`;
}

/** What every error of this package says about where it happened and how openEO names it. */
export interface OpenEOErrorFacts {
  /** openEO's error code: `ProcessArgumentInvalid`, ..., or a process's own exception (`ArrayElementNotAvailable`). */
  readonly openeoCode: string;
  /** The HTTP status that goes with `openeoCode`. */
  readonly status: number;
  /** A JSON pointer into the process (`/process_graph/ndvi1/arguments/data`), or "" when it is the whole process. */
  readonly pointer: string;
}

/** Base of the errors this package throws; `code` is stable and meant for programs. */
// biome-ignore lint/plugin: the processes package's base error class
export class JobkitProcessesError extends Error {
  override readonly name: string = "JobkitProcessesError";
  readonly code: ProcessesErrorCode;
  readonly openeoCode: string;
  readonly status: number;
  readonly pointer: string;

  constructor(
    code: ProcessesErrorCode,
    facts: OpenEOErrorFacts,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(processesMessage(message), options);
    this.code = code;
    this.openeoCode = facts.openeoCode;
    this.status = facts.status;
    this.pointer = facts.pointer;
  }
}

/** A process graph refused before anything ran: unknown process, missing or invalid argument, cycle, ... */
export class ProcessGraphRejectedError extends JobkitProcessesError {
  override readonly name = "ProcessGraphRejectedError";
  declare readonly code: "ProcessGraphRejected";

  constructor(facts: OpenEOErrorFacts, message: string, options?: { cause?: unknown }) {
    super("ProcessGraphRejected", facts, message, options);
  }
}

/** A process that failed while it ran, with one of its own exceptions (or a generic openEO code). */
export class ProcessFailedError extends JobkitProcessesError {
  override readonly name = "ProcessFailedError";
  declare readonly code: "ProcessFailed";

  constructor(facts: OpenEOErrorFacts, message: string, options?: { cause?: unknown }) {
    super("ProcessFailed", facts, message, options);
  }
}

/**
 * The same error located at `pointer`, for an error raised without one (a process throws with pointer "", the
 * engine knows the node); any other thrown value becomes openEO's `Internal` (HTTP 500) there, its cause kept.
 */
export function locatedError(error: unknown, pointer: string): JobkitProcessesError {
  if (error instanceof JobkitProcessesError && error.pointer !== "") return error;
  if (!(error instanceof JobkitProcessesError)) {
    const facts = { openeoCode: "Internal", status: 500, pointer };
    const reason = error instanceof Error ? error.message : String(error);
    return new ProcessFailedError(facts, `the process failed unexpectedly: ${reason}`, { cause: error });
  }
  const facts = { openeoCode: error.openeoCode, status: error.status, pointer };
  const message = error.message.slice(PROCESSES_PREFIX.length + 1);
  return error instanceof ProcessGraphRejectedError
    ? new ProcessGraphRejectedError(facts, message, { cause: error })
    : new ProcessFailedError(facts, message, { cause: error });
}
