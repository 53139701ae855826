import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { arrayOf, isObject } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** The user's job list, a job of theirs and the title it has now. */
export interface ListedTitle {
  readonly list: Exchange;
  readonly jobId: string;
  readonly title: string;
}

/** Rule 715: a listed job carries its title. */
export const jobsListTitle = scenarioCheck({
  id: "jobs.list.title",
  scenario: "lifecycle",
  level: "L1B",
  rules: [715],
  needs: ["GET /jobs", "POST /jobs"],
  expectation: "the listed job carries the title the user gave",
  verdict: ({ list, jobId, title }: ListedTitle, c) => {
    c.use(list);
    const job = arrayOf(list, "jobs").find(
      (item): item is Record<string, unknown> => isObject(item) && item.id === jobId,
    );
    if (!job) return skip(`the job is not listed (see jobs.list.all)`);
    return job.title === title
      ? pass(`listed with title "${title}"`)
      : fail(`listed with title ${JSON.stringify(job.title)}, expected "${title}"`);
  },
});
