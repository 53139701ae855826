import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, body } from "../../internal/scenarios/answers.js";
import { statusOf } from "../../internal/scenarios/jobs.js";
import { DESCRIBE } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rule 737: a new job is `created`. */
export const jobsCreateCreated = scenarioCheck({
  id: "jobs.create.created",
  scenario: "lifecycle",
  level: "L1B",
  rules: [737],
  needs: DESCRIBE,
  expectation: "a new job is `created`: processing has not started",
  verdict: (first: Exchange, c) => {
    c.use(first);
    return statusOf(first) === "created"
      ? pass("status created")
      : fail(
          `the new job ${first.status === 200 ? `is ${JSON.stringify(body(first).status)}` : answered(first)}`,
        );
  },
});
