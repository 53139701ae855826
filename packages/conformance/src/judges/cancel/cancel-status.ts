import { isOperation, successStatus } from "../jobs/success-status.js";
import { type Finding, judgedCheck } from "../judged-check.js";
import type { Observed } from "../observed.js";

/** A poll of a job that read its status. */
const isPoll = (exchange: Observed): boolean =>
  isOperation(exchange, "GET", "/jobs/{job_id}") && exchange.status === 200;

/** The status the last earlier poll of the canceled job read, when one did. */
function statusBefore(cancel: Observed, earlier: readonly Observed[]): string | undefined {
  const job = cancel.url.pathname.replace(/\/results\/?$/, "");
  const status = (earlier.findLast((poll) => poll.url.pathname === job)?.json as { status?: unknown })
    ?.status;
  return typeof status === "string" ? status : undefined;
}

function judgeCancel(exchange: Observed, earlier: readonly Observed[]): Finding | undefined {
  if (!isOperation(exchange, "DELETE", "/jobs/{job_id}/results")) return undefined;
  const before = statusBefore(exchange, earlier);
  return successStatus(exchange, `DELETE /jobs/{id}/results${before ? ` of a ${before} job` : ""}`, [
    [204, "204 (the API document)"],
    [202, "202 (rule 891; the API document says 204, both are accepted)"],
  ]);
}

/** Rules 890, 891: a cancel of a running job is accepted (204 in the API document, 202 in rule 891). */
export const cancelStatus = judgedCheck({
  id: "cancel.status",
  scenario: "cancel",
  level: "L1B",
  rules: [890, 891],
  needs: ["POST /jobs", "GET /jobs/{}", "POST /jobs/{}/results", "DELETE /jobs/{}/results"],
  expectation: "DELETE /jobs/{id}/results of a running job answers 204 (the API document) or 202 (rule 891)",
  unjudged: "no DELETE /jobs/{id}/results was answered with success or made for a running job",
  judge: judgeCancel,
  keep: isPoll,
});
