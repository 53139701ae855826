import type { LogEntry } from "./types.js";

/** Every error code the client itself raises (as opposed to codes sent by the back-end). */
export const CLIENT_ERROR_CODES = [
  "NetworkError",
  "Timeout",
  "InvalidResponse",
  "InvalidOption",
  "NoCompatibleVersion",
  "JobFailed",
  "JobCanceled",
  "WaitTimeout",
  "AssetNotFound",
  "AmbiguousAsset",
  "UnsafeAssetName",
  "SizeMismatch",
  "SizeLimitExceeded",
  "ChecksumMismatch",
  "DownloadIncomplete",
  "WriteFailed",
  "ProviderNotFound",
  "AuthenticationFailed",
  "DeviceCodeExpired",
  "AccessDenied",
  "TokenFileInvalid",
  "TokenStoreUnsafe",
  "UsageInvalid",
] as const;

/** One of {@link CLIENT_ERROR_CODES}. */
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/** Every message of the client starts with this prefix. */
export const CLIENT_PREFIX = "[jobkit]";

/** Writes a message with the client's prefix; the one place the prefix is added. */
export function clientMessage(message: string): string {
  return `${CLIENT_PREFIX} ${message}`;
}

/**
 * An error response of the openEO back-end: the HTTP status plus the openEO error object
 * (`code`, `id`, `message`, `links`).
 */
// biome-ignore lint/plugin: the base of the back-end's errors, whose codes are openEO's, not the client's
export class OpenEOApiError extends Error {
  override readonly name = "OpenEOApiError";
  /** The openEO error code, e.g. `JobNotFound`; `HttpError` when the body was not an openEO error. */
  readonly code: string;
  /** The HTTP status of the answer. */
  readonly status: number;
  /** The back-end's id of this error occurrence, when it sent one. */
  readonly id: string | undefined;
  /** The URL of the request that failed. */
  readonly url: string;
  /** The error's `links` (e.g. to documentation), as the back-end sent them. */
  readonly links: unknown[];

  constructor(init: {
    status: number;
    code: string;
    message: string;
    url: string;
    id?: string | undefined;
    links?: unknown[];
  }) {
    super(clientMessage(`${init.status} ${init.code}: ${init.message} (${init.url})`));
    this.status = init.status;
    this.code = init.code;
    this.id = init.id;
    this.url = init.url;
    this.links = init.links ?? [];
  }
}

/** An error raised by the client itself; `code` is stable and meant for programs. */
// biome-ignore lint/plugin: the client's base error class
export class JobkitClientError extends Error {
  override readonly name: string = "JobkitClientError";
  readonly code: ClientErrorCode;

  constructor(code: ClientErrorCode, message: string, options?: { cause?: unknown }) {
    super(clientMessage(message), options);
    this.code = code;
  }
}

/** The job ended in status `error`; `logs` holds the job's error log entries. */
export class JobFailedError extends JobkitClientError {
  override readonly name = "JobFailedError";
  readonly jobId: string;
  /** The job's error log entries (at most 1000). */
  readonly logs: readonly LogEntry[];

  constructor(jobId: string, logs: JobFailedError["logs"]) {
    const first = logs[0]?.message;
    super(
      "JobFailed",
      `job ${jobId} ended in status error${first ? `: ${first}` : ""}. Read job.logs({ level: "error" }) for details.`,
    );
    this.jobId = jobId;
    this.logs = logs;
  }
}

/**
 * Signing in with OpenID Connect failed at the identity provider. `error` and `errorDescription` are the
 * provider's own (RFC 6749), e.g. `invalid_client`; the code is `DeviceCodeExpired` or `AccessDenied` when
 * the device flow ended that way, else `AuthenticationFailed`.
 */
export class AuthenticationError extends JobkitClientError {
  override readonly name = "AuthenticationError";
  readonly error: string;
  readonly errorDescription: string | undefined;

  constructor(
    code: "AuthenticationFailed" | "DeviceCodeExpired" | "AccessDenied",
    error: string,
    errorDescription: string | undefined,
    what: string,
  ) {
    const description = errorDescription ? ` (${errorDescription})` : "";
    super(code, `${what} failed: ${error}${description}; check the client id, secret and provider`);
    this.error = error;
    this.errorDescription = errorDescription;
  }
}
