import type { JobWatch } from "../../internal/job-watch.js";
import { fail, pass } from "../../internal/outcome.js";
import { waitVerdict } from "../../internal/scenarios/jobs.js";
import type { Session } from "../../internal/session.js";
import { BATCH } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** A wait for a job to end: the session that watched it, the job and what the wait saw. */
export interface JobWait {
  readonly s: Session;
  readonly jobId: string;
  readonly waited: Awaited<ReturnType<JobWatch["waitFor"]>>;
}

/** Rules 700, 754: the started job finishes within the job budget. */
export const jobsPollFinished = scenarioCheck({
  id: "jobs.poll.finished",
  scenario: "lifecycle",
  level: "L1B",
  rules: [700, 754],
  needs: BATCH,
  expectation: "the started job reaches `finished` within the job budget",
  verdict: ({ s, jobId, waited }: JobWait, c) =>
    waitVerdict(s, c, jobId, waited, (status, timeline) =>
      status === "finished"
        ? pass(`finished. Timeline: ${timeline}`)
        : fail(`the job ended ${status}. Timeline: ${timeline}`),
    ),
});
