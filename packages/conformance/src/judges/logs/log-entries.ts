import { isObject, type JsonObject } from "../../internal/scenarios/answers.js";
import type { Observed } from "../observed.js";

/** The entries of a log page (GET /jobs/{id}/logs answered 200 with at least one), or undefined. */
export function logEntries(exchange: Observed): JsonObject[] | undefined {
  const page =
    exchange.method === "GET" &&
    exchange.target.kind === "api" &&
    exchange.target.template === "/jobs/{job_id}/logs" &&
    exchange.status === 200;
  const logs = page && isObject(exchange.json) ? exchange.json.logs : undefined;
  const entries = Array.isArray(logs) ? logs.filter(isObject) : [];
  return entries.length > 0 ? entries : undefined;
}

/** The observation when no log page had entries. */
export const NO_ENTRIES = "no log entries to judge (see logs.shape)";
