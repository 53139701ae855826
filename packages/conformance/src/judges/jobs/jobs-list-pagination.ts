import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import {
  answered,
  arrayOf,
  body,
  isObject,
  type JsonObject,
  listSome,
} from "../../internal/scenarios/answers.js";
import type { CreatedJob } from "../../internal/scenarios/jobs.js";
import { scenarioCheck } from "../scenario-check.js";

/** A second job of the user, GET /jobs?limit=1, its next link and the page it leads to. */
export interface Pages {
  readonly jobId: string;
  readonly companion: CreatedJob;
  readonly page: Exchange;
  readonly next: JsonObject | undefined;
  readonly nextPage: Exchange | undefined;
}

const idOf = (job: unknown): unknown => (isObject(job) ? job.id : undefined);

/** Rule 712: GET /jobs?limit=1 pages through the jobs with rel=next links. */
export const jobsListPagination = scenarioCheck({
  id: "jobs.list.pagination",
  scenario: "lifecycle",
  level: "L3",
  rules: [712],
  needs: ["GET /jobs", "POST /jobs"],
  expectation: "GET /jobs?limit=1 answers at most one job with a rel=next link that leads to the others",
  verdict: ({ jobId, companion, page, next, nextPage }: Pages, c) => {
    c.use(page);
    if (!companion.id) return skip(`a second job could not be created (${answered(companion.exchange)})`);
    if (page.status !== 200) return fail(`GET /jobs?limit=1 ${answered(page)}`);
    const firstJobs = arrayOf(page, "jobs");
    if (firstJobs.length > 1) return fail(`limit=1 answered ${firstJobs.length} jobs`);
    if (!next)
      return fail(
        `with at least 2 jobs, limit=1 gave no rel=next link (links: ${JSON.stringify(body(page).links)})`,
      );
    const second = c.use(nextPage);
    if (second.status !== 200) return fail(`the next link ${next.href} ${answered(second)}`);
    const secondJobs = arrayOf(second, "jobs");
    const firstId = idOf(firstJobs[0]);
    const secondId = idOf(secondJobs[0]);
    if (secondId === undefined || secondId === firstId)
      return fail(
        `the next page lists ${listSome(secondJobs.map((job) => JSON.stringify(isObject(job) ? job.id : job)))} after ${String(firstId)}`,
      );
    return pass(
      `page 1: ${String(firstId)}, next page: ${String(secondId)}${[firstId, secondId].includes(jobId) ? "" : " (others)"}`,
    );
  },
});
