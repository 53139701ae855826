import { breaks, conforms, type Finding, judgedCheck } from "../judged-check.js";
import type { Observed } from "../observed.js";

const JOB = /^(.*\/jobs\/[^/?]+)(\/results)?(\?.*)?$/;

/** The job path (`…/jobs/j-1`) of a request to a job or its results. */
function jobOf(exchange: Observed): string | undefined {
  const template = exchange.target.kind === "api" ? exchange.target.template : undefined;
  if (template !== "/jobs/{job_id}" && template !== "/jobs/{job_id}/results") return undefined;
  return JOB.exec(exchange.url.pathname)?.[1];
}

/** A cancel or a start of a job's processing that the back-end took (2xx). */
function changesProcessing(exchange: Observed): boolean {
  const status = exchange.status ?? 0;
  const processing = exchange.target.kind === "api" && exchange.target.template === "/jobs/{job_id}/results";
  return (
    processing &&
    (exchange.method === "DELETE" || exchange.method === "POST") &&
    status >= 200 &&
    status < 300
  );
}

function judgeAfterCancel(exchange: Observed, earlier: readonly Observed[]): Finding | undefined {
  if (exchange.method !== "GET" || exchange.status !== 200) return undefined;
  const job = jobOf(exchange);
  if (!job || exchange.url.pathname !== job) return undefined;
  const last = earlier.findLast((previous) => jobOf(previous) === job);
  if (last?.method !== "DELETE" || last.status !== 204) return undefined;
  const status = (exchange.json as { status?: unknown } | undefined)?.status;
  return status === "canceled" || status === "created"
    ? conforms
    : breaks(
        `the job is ${JSON.stringify(status)} after its cancel answered 204 (canceled, or created, expected)`,
      );
}

/**
 * Rule 891 and the API document: a cancel answered 204 has canceled the processing ("the job status is set to
 * canceled … otherwise created"); after a 202 (rule 891) it stops within the job budget.
 */
export const cancelCanceled = judgedCheck({
  id: "cancel.canceled",
  scenario: "cancel",
  level: "L1B",
  rules: [891],
  needs: ["POST /jobs", "GET /jobs/{}", "POST /jobs/{}/results", "DELETE /jobs/{}/results"],
  expectation:
    "the canceled job stops: after a 204 every poll shows it canceled (or created); after a 202 it becomes so within the job budget",
  unjudged: "no job was polled after a cancel answered 204",
  judge: judgeAfterCancel,
  keep: changesProcessing,
});
