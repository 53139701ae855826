import { isObject, type JsonObject } from "../../internal/scenarios/answers.js";
import type { Observed } from "../observed.js";

/**
 * The results document a GET /jobs/{id}/results answered (200 with JSON; JSON that is no object reads as an empty
 * one, which lacks everything), or undefined.
 */
export function resultsDocument(exchange: Observed): JsonObject | undefined {
  const results =
    exchange.method === "GET" &&
    exchange.target.kind === "api" &&
    exchange.target.template === "/jobs/{job_id}/results" &&
    exchange.status === 200;
  if (!results || exchange.json === undefined) return undefined;
  return isObject(exchange.json) ? exchange.json : {};
}

/** The observation when no results document was read. */
export const NO_RESULTS = "no results document was read (see jobs.results.status-200)";
