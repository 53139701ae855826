import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { arrayOf, isObject } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** The user's job list and the ids of the jobs of the run the user created. */
export interface ListedMine {
  readonly list: Exchange;
  readonly mine: readonly string[];
}

/** Rule 713: without limit, every job of the user is listed. */
export const jobsListAll = scenarioCheck({
  id: "jobs.list.all",
  scenario: "lifecycle",
  level: "L1B",
  rules: [713],
  needs: ["GET /jobs", "POST /jobs"],
  expectation: "without limit, every job the kit created is listed",
  verdict: ({ list, mine }: ListedMine, c) => {
    c.use(list);
    const listedIds = new Set(
      arrayOf(list, "jobs")
        .filter(isObject)
        .map((job) => job.id),
    );
    const absent = mine.filter((id) => !listedIds.has(id));
    return absent.length === 0
      ? pass(`all ${mine.length} jobs of this run are listed`)
      : fail(`not listed: ${absent.join(", ")}`);
  },
});
