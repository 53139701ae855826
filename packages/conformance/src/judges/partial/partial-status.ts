import type { JobStatus } from "@jobkit/spec";
import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, body, isObject } from "../../internal/scenarios/answers.js";
import { resultProperty, stacProblem } from "../../internal/scenarios/results.js";
import { RESULTS } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

const RESULT_STATUSES = new Set<JobStatus>(["running", "canceled", "finished", "error"]);

/** The partial results of a job and its status just before and just after asking for them. */
export interface PartialResults {
  readonly before: string | undefined;
  readonly partialResults: Exchange;
  readonly after: string | undefined;
}

/** Rule 863: partial results of an unfinished job are a STAC document that says the job is not finished. */
export const partialStatus = scenarioCheck({
  id: "partial.status",
  scenario: "partial",
  level: "L3",
  rules: [863],
  needs: RESULTS,
  expectation:
    "GET /jobs/{id}/results?partial=true of an unfinished job answers 200 with a STAC document (assets included) and openeo:status not finished",
  verdict: ({ before, partialResults, after }: PartialResults, c) => {
    c.use(partialResults);
    if (before !== "queued" && before !== "running")
      return skip(`the job was ${before} before the request, not queued or running`);
    if (partialResults.status !== 200)
      return fail(`results?partial=true of a ${before} job ${answered(partialResults)}; expected 200`);
    const metadata = body(partialResults);
    const problem =
      stacProblem(metadata) ?? (isObject(metadata.assets) ? undefined : "there is no assets object");
    if (problem) return fail(`results?partial=true of a ${before} job: ${problem}`);
    const status = resultProperty(metadata, "openeo:status");
    if (typeof status !== "string" || !RESULT_STATUSES.has(status as JobStatus))
      return fail(
        `openeo:status is ${JSON.stringify(status)}, expected running, canceled, finished or error`,
      );
    if (status === "finished" && after !== "finished")
      return fail(`openeo:status says finished while the job is ${after}`);
    return pass(`openeo:status ${status} while the job was ${before}`);
  },
});
