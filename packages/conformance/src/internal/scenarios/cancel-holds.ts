import { fail, pass, skip } from "../outcome.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { answered, body } from "./answers.js";
import { statusOf } from "./jobs.js";

/** How many more status polls, one poll interval apart, a cancel must hold for. */
const HOLD_POLLS = 3;

/** The statuses a canceled job may show (the API document: canceled, or created when nothing was computed). */
const STOPPED = new Set(["canceled", "created"]);

/** Polls the job {@link HOLD_POLLS} more times, one poll interval apart. */
async function keepWatching(s: Session, jobId: string): Promise<Exchange[]> {
  const polls: Exchange[] = [];
  for (let poll = 0; poll < HOLD_POLLS; poll += 1) {
    await s.options.clock.sleep(s.options.pollIntervalMs);
    polls.push(await s.jobs.describe(jobId, "cancel"));
  }
  return polls;
}

/**
 * Rules 700 and 891: a canceled job stays stopped. Only `POST /jobs/{id}/results` moves a canceled job on (to
 * queued), so without one the job must not run or finish after its cancel, nor its results answer as finished.
 */
export async function cancelHolds(s: Session, jobId: string, stopped: string | undefined): Promise<void> {
  if (!s.runs("cancel.holds")) return;
  if (!stopped || !STOPPED.has(stopped)) {
    await s.check("cancel.holds", () => skip(`the cancel did not stop the job (see cancel.canceled)`));
    return;
  }
  const polls = await keepWatching(s, jobId);
  const results = s.supports("GET /jobs/{}/results")
    ? await s.api("GET", "/jobs/{}/results", { params: [jobId] })
    : undefined;
  await s.check("cancel.holds", (c) => {
    for (const poll of polls) c.use(poll);
    const timeline = s.jobs.describeTimeline(jobId);
    const resultsAnswer = results ? `; GET /jobs/{id}/results then ${answered(c.use(results))}` : "";
    const unread = polls.find((poll) => statusOf(poll) === undefined);
    if (unread) return fail(`a status poll after the cancel failed: GET /jobs/{id} ${answered(unread)}`);
    const moved = polls.map(statusOf).find((status) => !STOPPED.has(status as string));
    if (moved)
      return fail(
        `the cancel did not hold: the ${stopped} job became ${moved}. Timeline: ${timeline}${resultsAnswer}`,
      );
    if (results?.status === 200 && body(results)["openeo:status"] === "finished")
      return fail(`the ${stopped} job's results answered 200 with openeo:status finished`);
    return pass(`still ${stopped} after ${HOLD_POLLS} more polls${resultsAnswer}`);
  });
}
