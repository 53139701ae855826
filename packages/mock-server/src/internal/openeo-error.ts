import { ERRORS, type ErrorCode } from "@jobkit/spec/facts";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The openEO error object every failing response carries. */
export interface OpenEOErrorBody {
  id: string;
  code: string;
  message: string;
  links: { href: string; rel?: string }[];
}

interface ErrorOptions {
  cause?: unknown;
  headers?: Record<string, string>;
  /** Fields the body carries besides `{id, code, message, links}` (a failed job's 424 is a log entry: `level`, …). */
  fields?: Record<string, unknown>;
}

/**
 * An openEO API error: an HTTP status plus a stable openEO error `code`. Thrown by routes; the single
 * `onError` handler renders it as `{id, code, message, links}`. The status comes from the error catalogue
 * of `@jobkit/spec`; `OpenEOError.custom` is for codes outside it (faults, failed-job codes).
 */
export class OpenEOError extends HTTPException {
  override readonly name = "OpenEOError";
  readonly code: string;
  readonly headers: Record<string, string>;
  readonly fields: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options?: ErrorOptions);
  constructor(code: string, message: string, options: ErrorOptions & { status: number });
  constructor(code: string, message: string, options: ErrorOptions & { status?: number } = {}) {
    const status = options.status ?? ERRORS[code as ErrorCode].status;
    super(status as ContentfulStatusCode, { message, cause: options.cause });
    this.code = code;
    this.headers = options.headers ?? {};
    this.fields = options.fields ?? {};
  }

  /** An error with any status and code (e.g. injected by a fault, or a failed job's 424). */
  static custom(status: number, code: string, message: string, options: ErrorOptions = {}): OpenEOError {
    return new OpenEOError(code, message, { ...options, status });
  }
}

/** Builds the JSON body of an openEO error; `id` identifies this occurrence. */
export function errorBody(id: string, code: string, message: string): OpenEOErrorBody {
  return { id, code, message, links: [] };
}
