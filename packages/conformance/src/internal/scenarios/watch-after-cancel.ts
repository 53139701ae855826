import { cancelHolds, STOPPED } from "../../judges/cancel/cancel-holds.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { judgeScenario } from "./judge-scenario.js";

/** How many more status polls, one poll interval apart, a cancel must hold for. */
const HOLD_POLLS = 3;

/** Polls the job {@link HOLD_POLLS} more times, one poll interval apart. */
async function keepWatching(s: Session, jobId: string): Promise<Exchange[]> {
  const polls: Exchange[] = [];
  for (let poll = 0; poll < HOLD_POLLS; poll += 1) {
    await s.options.clock.sleep(s.options.pollIntervalMs);
    polls.push(await s.jobs.describe(jobId, "cancel"));
  }
  return polls;
}

/** Watches a job its cancel stopped (in status `stopped`) a while longer, then reads its results. */
export async function watchAfterCancel(
  s: Session,
  jobId: string,
  stopped: string | undefined,
): Promise<void> {
  if (!s.runs(cancelHolds.id)) return;
  if (!stopped || !STOPPED.has(stopped)) {
    await judgeScenario(s, cancelHolds, { stopped, polls: [], results: undefined, timeline: "" });
    return;
  }
  const polls = await keepWatching(s, jobId);
  const results = s.supports("GET /jobs/{}/results")
    ? await s.api("GET", "/jobs/{}/results", { params: [jobId] })
    : undefined;
  const timeline = s.jobs.describeTimeline(jobId);
  await judgeScenario(s, cancelHolds, { stopped, polls, results, timeline });
}
