import { CLIENT_PREFIX, JobFailedError, JobkitClientError } from "../errors.js";
import { red, useColour } from "./colour.js";
import type { CliIo } from "./command.js";
import { EXIT } from "./exit-codes.js";
import { printable } from "./format.js";
import { UsageError } from "./usage-error.js";

/** Prints what went wrong and returns the matching exit code. */
export function reportError(error: unknown, io: CliIo): number {
  const text = error instanceof Error ? error.message.replace(`${CLIENT_PREFIX} `, "") : String(error);
  const colour = useColour(io.env, io.stderr.isTTY);
  if (error instanceof UsageError) {
    io.stderr.write(
      `${red(`jobkit: ${text}`, colour)}\nRun \`jobkit --help\` for the commands and options.\n`,
    );
    return EXIT.usage;
  }
  if (io.signal?.aborted) {
    io.stderr.write("jobkit: interrupted\n");
    return EXIT.interrupted;
  }
  if (error instanceof JobFailedError) {
    io.stderr.write(`jobkit: job ${error.jobId} failed\n`);
    for (const entry of error.logs)
      io.stderr.write(`  ${printable(`${entry.code ?? "error"}: ${entry.message}`)}\n`);
    return EXIT.jobFailed;
  }
  const message = error instanceof JobkitClientError ? `${error.code}: ${text}` : text;
  io.stderr.write(`${red(`jobkit: ${printable(message)}`, colour)}\n`);
  return error instanceof JobkitClientError && error.code === "JobCanceled" ? EXIT.jobFailed : EXIT.failure;
}
