import type { JobDescription } from "../../types.js";
import type { Command, CommandContext } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { formatDuration } from "../format.js";
import { integer, one } from "../parse-arguments.js";
import { ProgressBar } from "../progress-bar.js";

/** Waits for job `id` with a progress bar on stderr; prints the final description with `--json`. */
export async function waitForJob(id: string, { connection, values, io }: CommandContext): Promise<number> {
  const pollInterval = integer(values["poll-interval"], "poll-interval", 1) ?? 2000;
  const timeout = integer(values.timeout, "timeout", 1);
  const job = (await connection()).job(id);
  const bar = new ProgressBar(io.stderr, io.now);
  let final: JobDescription;
  let elapsed = 0;
  let firstPoll = true;
  try {
    final = await job.waitForCompletion({
      pollInterval,
      maxPollInterval: 10_000,
      timeout,
      signal: io.signal,
      onProgress: ({ status, progress, elapsedMs }) => {
        if (firstPoll && status === "created") {
          io.stderr.write(`job ${id} has not been started; waiting until it is (jobkit jobs start ${id})\n`);
        }
        firstPoll = false;
        elapsed = elapsedMs;
        const fraction = status === "finished" ? 1 : progress === undefined ? undefined : progress / 100;
        bar.update(fraction, `${status}  ${formatDuration(elapsedMs)}`, {
          stage: status,
          force: status === "finished",
        });
      },
    });
  } finally {
    bar.done();
  }
  const costs = final.costs === undefined || final.costs === null ? "" : `, costs ${final.costs}`;
  io.stderr.write(`job ${id} finished after ${formatDuration(elapsed)} of waiting${costs}\n`);
  if (values.json) io.stdout.write(`${JSON.stringify(final, null, 2)}\n`);
  return EXIT.ok;
}

/** `jobs wait <id>`: waits with a progress bar until the job ends. */
export const jobsWait: Command = (args, context) => waitForJob(one(args, "job id"), context);
