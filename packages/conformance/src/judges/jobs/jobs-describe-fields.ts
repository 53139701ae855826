import { requiredFields } from "../../internal/contract-fields.js";
import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, body, isObject, missingFields } from "../../internal/scenarios/answers.js";
import { DESCRIBE } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** A new job's first description, the job's id and the API version that judges it. */
export interface FirstDescription {
  readonly first: Exchange;
  readonly jobId: string;
  readonly apiVersion: string | undefined;
}

/** Rules 750, 751: a job's description has its id, process, status and created. */
export const jobsDescribeFields = scenarioCheck({
  id: "jobs.describe.fields",
  scenario: "lifecycle",
  level: "L1B",
  rules: [750, 751],
  needs: DESCRIBE,
  expectation:
    "GET /jobs/{id} answers 200 with at least id, process (with process_graph), status and created",
  verdict: ({ first, jobId, apiVersion }: FirstDescription, c) => {
    c.use(first);
    if (first.status !== 200) return fail(`GET /jobs/{id} ${answered(first)}`);
    const described = body(first);
    const missing = missingFields(described, requiredFields("batch_job", apiVersion));
    if (missing.length > 0) return fail(`the description lacks ${missing.join(", ")}`);
    if (described.id !== jobId) return fail(`id is ${JSON.stringify(described.id)}, the job is ${jobId}`);
    if (!isObject(described.process) || !isObject(described.process.process_graph))
      return fail("process has no process_graph");
    return pass("id, process, status and created present");
  },
});
