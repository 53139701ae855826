import type { JobWatch } from "../../internal/job-watch.js";
import { fail, pass, skip } from "../../internal/outcome.js";
import { body, isObject } from "../../internal/scenarios/answers.js";
import { BATCH } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rule 753: a finished job reports its costs or usage. */
export const jobsDescribeCosts = scenarioCheck({
  id: "jobs.describe.costs",
  scenario: "lifecycle",
  level: "L3",
  rules: [753],
  needs: BATCH,
  expectation: "a finished job reports its costs or usage",
  verdict: (waited: Awaited<ReturnType<JobWatch["waitFor"]>>, c) => {
    const last = waited.polls.at(-1);
    if (waited.status !== "finished" || !last) return skip("the job did not finish (see jobs.poll.finished)");
    c.use(last);
    const { costs, usage } = body(last);
    if (typeof costs === "number")
      return pass(`costs ${costs}${isObject(usage) ? ` and usage ${Object.keys(usage).join(", ")}` : ""}`);
    return isObject(usage) && Object.keys(usage).length > 0
      ? pass(`usage ${Object.keys(usage).join(", ")}`)
      : fail(`the finished job reports costs ${JSON.stringify(costs)} and usage ${JSON.stringify(usage)}`);
  },
});
