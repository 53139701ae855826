import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { arrayOf, isObject, missingFields } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rule 714: every listed job has id, status and created. */
export const jobsListItems = scenarioCheck({
  id: "jobs.list.items",
  scenario: "lifecycle",
  level: "L1B",
  rules: [714],
  needs: ["GET /jobs"],
  expectation: "every listed job has id, status and created",
  verdict: (list: Exchange, c) => {
    c.use(list);
    const jobs = arrayOf(list, "jobs");
    const broken = jobs.filter(
      (job) => !isObject(job) || missingFields(job, ["id", "status", "created"]).length > 0,
    );
    return broken.length === 0
      ? pass(`${jobs.length} items with id, status and created`)
      : fail(
          `${broken.length} listed jobs lack id, status or created: ${JSON.stringify(broken[0]).slice(0, 200)}`,
        );
  },
});
