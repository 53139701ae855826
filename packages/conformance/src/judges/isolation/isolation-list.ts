import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, arrayOf, isObject } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** Another user's list leaves my job out. Not an exchange judge: which job is whose is the run's knowledge. */
export const isolationList = scenarioCheck({
  id: "isolation.list",
  scenario: "isolation",
  level: "L1B",
  rules: [],
  basis: "API: GET /jobs lists the jobs the user submitted",
  needs: ["POST /jobs", "GET /jobs"],
  expectation: "another user's GET /jobs does not list my job",
  verdict: ({ list, jobId }: { list: Exchange; jobId: string }, c) => {
    c.use(list);
    if (list.status !== 200) return fail(`the second user's GET /jobs ${answered(list)}`);
    const jobs = arrayOf(list, "jobs");
    return jobs.some((item) => isObject(item) && item.id === jobId)
      ? fail(`the second user's list shows the first user's job ${jobId}`)
      : pass(`${jobs.length} jobs listed, not the first user's`);
  },
});
