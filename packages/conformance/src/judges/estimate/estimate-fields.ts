import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, body } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rules 820, 826: an estimate with at least one of costs, duration and size. */
export const estimateFields = scenarioCheck({
  id: "estimate.fields",
  scenario: "lifecycle",
  level: "L3",
  rules: [820, 826],
  needs: ["POST /jobs", "GET /jobs/{}/estimate"],
  expectation: "GET /jobs/{id}/estimate answers 200 with at least one of costs, duration and size",
  verdict: (estimate: Exchange, c) => {
    c.use(estimate);
    if (estimate.status !== 200) return fail(`GET /jobs/{id}/estimate ${answered(estimate)}`);
    const present = ["costs", "duration", "size"].filter((field) => body(estimate)[field] !== undefined);
    return present.length > 0 ? pass(`has ${present.join(", ")}`) : fail("none of costs, duration and size");
  },
});
