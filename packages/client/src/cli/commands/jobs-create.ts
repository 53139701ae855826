import { readFile } from "node:fs/promises";
import type { ProcessInput } from "../../connection.js";
import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { printable } from "../format.js";
import { logLevel, one } from "../parse-arguments.js";
import { UsageError } from "../usage-error.js";

/** `jobs create <process.json>`: creates a job and prints its id. */
export const jobsCreate: Command = async (args, { connection, values, io }) => {
  const file = one(args, "process file");
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new UsageError(`cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== "object") throw new UsageError(`${file} holds no process graph`);
  const body = parsed as { process?: unknown };
  const process = (body.process && typeof body.process === "object" ? body.process : parsed) as ProcessInput;
  const budget = values.budget === undefined ? undefined : Number(values.budget);
  if (budget !== undefined && !(budget >= 0)) throw new UsageError("--budget must be a number ≥ 0");
  const level = logLevel(values["log-level"], "log-level");
  const job = await (await connection()).createJob(process, {
    ...(values.title !== undefined && { title: values.title }),
    ...(values.description !== undefined && { description: values.description }),
    ...(values.plan !== undefined && { plan: values.plan }),
    ...(budget !== undefined && { budget }),
    ...(level !== undefined && { logLevel: level }),
    signal: io.signal,
  });
  io.stdout.write(`${printable(job.id)}\n`);
  return EXIT.ok;
};
