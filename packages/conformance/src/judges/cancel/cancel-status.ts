import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** The cancel of a running job, and the status the job had before it. */
export interface CancelAnswer {
  readonly canceled: Exchange;
  readonly before: string | undefined;
}

/** Rules 890, 891: a cancel of a running job is accepted (204 in the API document, 202 in rule 891). */
export const cancelStatus = scenarioCheck({
  id: "cancel.status",
  scenario: "cancel",
  level: "L1B",
  rules: [890, 891],
  needs: ["POST /jobs", "GET /jobs/{}", "POST /jobs/{}/results", "DELETE /jobs/{}/results"],
  expectation: "DELETE /jobs/{id}/results of a running job answers 204 (the API document) or 202 (rule 891)",
  verdict: ({ canceled, before }: CancelAnswer, c) => {
    c.use(canceled);
    if (canceled.status === 204) return pass("204 (the API document)");
    if (canceled.status === 202) return pass("202 (rule 891; the API document says 204, both are accepted)");
    return fail(`DELETE /jobs/{id}/results of a ${before} job ${answered(canceled)}; expected 204 or 202`);
  },
});
