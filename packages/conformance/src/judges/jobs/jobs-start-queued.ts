import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered } from "../../internal/scenarios/answers.js";
import { statusOf } from "../../internal/scenarios/jobs.js";
import { BATCH } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rule 851: right after the start the job has left created. */
export const jobsStartQueued = scenarioCheck({
  id: "jobs.start.queued",
  scenario: "lifecycle",
  level: "L1B",
  rules: [851],
  needs: BATCH,
  expectation: "right after the start the job is queued (or already running or done), not created",
  verdict: (afterStart: Exchange, c) => {
    c.use(afterStart);
    const started = statusOf(afterStart);
    return started && started !== "created"
      ? pass(`status ${started}`)
      : fail(`after the start the job ${started ? `is ${started}` : answered(afterStart)}`);
  },
});
