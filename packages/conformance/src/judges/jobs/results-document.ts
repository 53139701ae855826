import { isObject, type JsonObject } from "../../internal/scenarios/answers.js";
import { judgeOperation } from "../answer-problem.js";
import type { Finding } from "../judged-check.js";
import type { Observed } from "../observed.js";

const RESULTS = { method: "GET", template: "/jobs/{job_id}/results" } as const;

/**
 * For the judges of a results document: `judge` on what a GET /jobs/{id}/results answered with 200 and JSON (JSON
 * that is no object reads as an empty one, which lacks everything), a failure when no whole answer arrived,
 * undefined otherwise.
 */
export function judgeResultsDocument(
  exchange: Observed,
  judge: (metadata: JsonObject, answer: Observed) => Finding,
): Finding | undefined {
  return judgeOperation(exchange, RESULTS, (answer) => {
    if (answer.status !== 200 || answer.json === undefined) return undefined;
    return judge(isObject(answer.json) ? answer.json : {}, answer);
  });
}

/** The observation when no results document was read. */
export const NO_RESULTS = "no results document was read (see jobs.results.status-200)";
