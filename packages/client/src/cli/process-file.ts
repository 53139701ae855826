import { readFile } from "node:fs/promises";
import type { CreateJobOptions, ProcessInput } from "../connection.js";
import { logLevel, type Values } from "./parse-arguments.js";
import { UsageError } from "./usage-error.js";

/** A job to create: the process read from a file, the options from `--title`, `--plan`, … */
export interface JobRequest {
  process: ProcessInput;
  options: CreateJobOptions;
}

/** Reads a process graph, a process or a `POST /jobs` body from `file`, with the job options of the flags. */
export async function readJobRequest(file: string, values: Values): Promise<JobRequest> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason =
      (error as { code?: unknown }).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new UsageError(`cannot read the process file ${file}: ${reason}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== "object") throw new UsageError(`${file} holds no process graph`);
  const body = parsed as { process?: unknown };
  const process = (body.process && typeof body.process === "object" ? body.process : parsed) as ProcessInput;
  const budget = values.budget === undefined ? undefined : Number(values.budget);
  if (budget !== undefined && !(budget >= 0)) throw new UsageError("--budget must be a number ≥ 0");
  const level = logLevel(values["log-level"], "log-level");
  const options: CreateJobOptions = {
    ...(values.title !== undefined && { title: values.title }),
    ...(values.description !== undefined && { description: values.description }),
    ...(values.plan !== undefined && { plan: values.plan }),
    ...(budget !== undefined && { budget }),
    ...(level !== undefined && { logLevel: level }),
  };
  return { process, options };
}
