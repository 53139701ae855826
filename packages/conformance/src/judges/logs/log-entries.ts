import { isObject, type JsonObject } from "../../internal/scenarios/answers.js";
import { judgeOperation } from "../answer-problem.js";
import type { Finding } from "../judged-check.js";
import type { Observed } from "../observed.js";

const LOGS = { method: "GET", template: "/jobs/{job_id}/logs" } as const;

/**
 * For the judges of log entries: `judge` on the entries of a log page (GET /jobs/{id}/logs answered 200 with at
 * least one), a failure when no whole answer arrived, undefined otherwise (logs.shape judges the page).
 */
export function judgeLogEntries(
  exchange: Observed,
  judge: (entries: JsonObject[]) => Finding,
): Finding | undefined {
  return judgeOperation(exchange, LOGS, (answer) => {
    const logs = answer.status === 200 && isObject(answer.json) ? answer.json.logs : undefined;
    const entries = Array.isArray(logs) ? logs.filter(isObject) : [];
    return entries.length > 0 ? judge(entries) : undefined;
  });
}

/** The observation when no log page had entries. */
export const NO_ENTRIES = "no log entries to judge (see logs.shape)";
