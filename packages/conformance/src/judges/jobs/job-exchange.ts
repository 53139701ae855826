import { decodeSegment } from "../../internal/decode-segment.js";
import type { Observed } from "../observed.js";
import { createdJobId } from "./created-job-id.js";
import { isOperation, succeeded } from "./success-status.js";

/** What an exchange did to or learned about one job, for the judge of its status changes. */
export type JobExchange =
  | { readonly kind: "created"; readonly jobId: string }
  | { readonly kind: "request"; readonly jobId: string; readonly request: string }
  | { readonly kind: "poll"; readonly jobId: string; readonly status: string };

/** The job id in a request path, `offset` segments from its end (0: `/jobs/{id}`, 1: `/jobs/{id}/results`). */
function idInPath(exchange: Observed, offset: number): string | undefined {
  const segment = exchange.url.pathname
    .split("/")
    .filter(Boolean)
    .at(-1 - offset);
  return segment === undefined ? undefined : decodeSegment(segment);
}

/**
 * What an exchange tells about a job's status: a successful creation (`POST /jobs` 2xx), a start or cancel
 * (`POST`/`DELETE /jobs/{id}/results`, made whatever the answer: a request without an answer may have taken
 * effect) or a poll that read the job's status (`GET /jobs/{id}` 200 with a status). Undefined otherwise.
 */
export function jobExchange(exchange: Observed): JobExchange | undefined {
  if (isOperation(exchange, "POST", "/jobs")) {
    const jobId = succeeded(exchange) ? createdJobId(exchange.status, exchange.responseHeaders) : undefined;
    return jobId === undefined ? undefined : { kind: "created", jobId };
  }
  const results = ["POST", "DELETE"].includes(exchange.method);
  if (results && isOperation(exchange, exchange.method, "/jobs/{job_id}/results")) {
    const jobId = idInPath(exchange, 1);
    const request = exchange.method === "POST" ? "start" : "cancel";
    return jobId === undefined ? undefined : { kind: "request", jobId, request };
  }
  if (!isOperation(exchange, "GET", "/jobs/{job_id}") || exchange.status !== 200) return undefined;
  const status = (exchange.json as { status?: unknown } | undefined)?.status;
  const jobId = idInPath(exchange, 0);
  return typeof status === "string" && jobId !== undefined ? { kind: "poll", jobId, status } : undefined;
}
