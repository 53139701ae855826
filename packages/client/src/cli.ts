#!/usr/bin/env node
/** The `jobkit` command: openEO batch jobs from the shell. See `jobkit --help`. */
import { exitOnEpipe } from "./cli/exit-on-epipe.js";
import { runCli } from "./cli/run-cli.js";

exitOnEpipe(process.stdout);

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => controller.abort());
}
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal,
});
