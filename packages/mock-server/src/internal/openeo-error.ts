import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The openEO error object every failing response carries. */
export interface OpenEOErrorBody {
  id: string;
  code: string;
  message: string;
  links: { href: string; rel?: string }[];
}

/**
 * An openEO API error: an HTTP status plus a stable openEO error `code`.
 * Thrown by routes; the single `onError` handler renders it as `{id, code, message, links}`.
 */
export class OpenEOError extends HTTPException {
  override readonly name = "OpenEOError";
  readonly code: string;
  readonly headers: Record<string, string>;

  constructor(
    status: ContentfulStatusCode,
    code: string,
    message: string,
    options: { cause?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(status, { message, cause: options.cause });
    this.code = code;
    this.headers = options.headers ?? {};
  }
}

/** Builds the JSON body of an openEO error; `id` identifies this occurrence. */
export function errorBody(id: string, code: string, message: string): OpenEOErrorBody {
  return { id, code, message, links: [] };
}
