import type { BatchJob } from "../../batch-job.js";
import type { JobDescription } from "../../types.js";
import type { Command, CommandContext } from "../command.js";
import { duration } from "../duration.js";
import { EXIT } from "../exit-codes.js";
import { formatDuration } from "../format.js";
import { one } from "../parse-arguments.js";
import { ProgressBar } from "../progress-bar.js";

/** How often the bar redraws (its elapsed time moves) while polls back off. */
const REDRAW_MS = 1000;
/** How often, without a terminal, a line says the job is still being waited for although nothing changed. */
const HEARTBEAT_MS = 10_000;

/**
 * Waits for job `id` with a progress bar on stderr that redraws every second whatever the poll schedule;
 * prints the final description with `--json`. Interrupted, it says the job still runs and how to cancel
 * it, or cancels it with `--cancel-on-interrupt`.
 */
export async function waitForJob(id: string, context: CommandContext): Promise<number> {
  const { values, io } = context;
  const pollInterval = duration(values["poll-interval"], "poll-interval") ?? 2000;
  const timeout = duration(values.timeout, "timeout");
  const heartbeatMs = duration(values.heartbeat, "heartbeat") ?? HEARTBEAT_MS;
  const job = (await context.connection()).job(id);
  const now = io.now ?? Date.now;
  const started = now();
  const bar = new ProgressBar(io.stderr, { now: io.now, heartbeatMs });
  let last: { status: string; fraction: number | undefined } | undefined;
  const draw = (force = false) => {
    if (last)
      bar.update(last.fraction, `${last.status}  ${formatDuration(now() - started)}`, {
        stage: last.status,
        force,
      });
  };
  const ticker = setInterval(draw, Math.min(REDRAW_MS, heartbeatMs));
  let final: JobDescription;
  try {
    final = await job.waitForCompletion({
      pollInterval,
      maxPollInterval: 10_000,
      timeout,
      signal: io.signal,
      onProgress: ({ status, progress }) => {
        if (!last && status === "created") {
          io.stderr.write(`job ${id} has not been started; waiting until it is (jobkit jobs start ${id})\n`);
        }
        last = {
          status,
          fraction: status === "finished" ? 1 : progress === undefined ? undefined : progress / 100,
        };
        draw(status === "finished");
      },
    });
  } catch (error) {
    if (io.signal?.aborted) {
      bar.done();
      await onInterrupt(job, context);
    }
    throw error;
  } finally {
    clearInterval(ticker);
    bar.done();
  }
  const costs = final.costs === undefined || final.costs === null ? "" : `, costs ${final.costs}`;
  io.stderr.write(`job ${id} finished after ${formatDuration(now() - started)} of waiting${costs}\n`);
  if (values.json) io.stdout.write(`${JSON.stringify(final, null, 2)}\n`);
  return EXIT.ok;
}

/** How long `--cancel-on-interrupt` tries to cancel the job after Ctrl-C. */
const CANCEL_BUDGET_MS = 10_000;

async function onInterrupt(job: BatchJob, { values, io }: CommandContext): Promise<void> {
  if (!values["cancel-on-interrupt"]) {
    io.stderr.write(
      `jobkit: stopped waiting; job ${job.id} keeps running on the back-end (cancel it: jobkit jobs cancel ${job.id})\n`,
    );
    return;
  }
  try {
    await job.cancel({ signal: AbortSignal.timeout(CANCEL_BUDGET_MS) });
    io.stderr.write(`jobkit: canceled job ${job.id}\n`);
  } catch (error) {
    io.stderr.write(
      `jobkit: could not cancel job ${job.id} (${(error as Error).message}); it may still run: jobkit jobs cancel ${job.id}\n`,
    );
  }
}

/** `jobs wait <id>`: waits with a progress bar until the job ends. */
export const jobsWait: Command = (args, context) => waitForJob(one(args, "job id"), context);
