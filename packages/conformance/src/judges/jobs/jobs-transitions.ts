import { canBeObservedAfter, JOB_STATUSES, type JobStatus } from "@jobkit/spec/facts";
import { fail, pass } from "../../internal/outcome.js";
import { listSome } from "../../internal/scenarios/answers.js";
import type { JobTimeline } from "../../types.js";
import { scenarioCheck } from "../scenario-check.js";

/** The status changes of one timeline that openEO does not allow, and how many changes it has. */
function changesOf(timeline: JobTimeline): { changes: number; illegal: string[] } {
  const statuses = timeline.points.map((point) => point.status);
  const illegal: string[] = [];
  let changes = 0;
  for (let index = 1; index < statuses.length; index += 1) {
    const from = statuses[index - 1] as string;
    const to = statuses[index] as string;
    if (from === to) continue;
    changes += 1;
    const known = JOB_STATUSES.includes(from as JobStatus) && JOB_STATUSES.includes(to as JobStatus);
    if (!known || !canBeObservedAfter(from as JobStatus, to as JobStatus))
      illegal.push(`${timeline.jobId}: ${from} → ${to}`);
  }
  return { changes, illegal };
}

/** Rule 700: every status change observed on any job of the run follows the openEO state diagram. */
export const jobsTransitions = scenarioCheck({
  id: "jobs.transitions",
  scenario: "overall",
  level: "L1B",
  rules: [700],
  needs: [],
  expectation:
    "every status change observed on any job is allowed by the openEO state diagram (processing steps missed between two polls are allowed)",
  verdict: (timelines: readonly JobTimeline[]) => {
    const judged = timelines.map(changesOf);
    const illegal = judged.flatMap((timeline) => timeline.illegal);
    const changes = judged.reduce((sum, timeline) => sum + timeline.changes, 0);
    if (illegal.length > 0) return fail(`illegal status changes: ${listSome(illegal)}`, illegal);
    return pass(`${changes} status changes on ${timelines.length} jobs, all allowed`);
  },
});
