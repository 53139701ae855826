import { costsProblem } from "../costs-problem.js";
import { fail, type Outcome, pass } from "../outcome.js";
import type { Exchange } from "../probe.js";

export type JsonObject = Record<string, unknown>;

/** What the helpers below read of an answer: a run's exchange or a judge's observed one. */
type Answer = Pick<Exchange, "status" | "problem" | "json">;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The body as an object, or an empty one. */
export function body(exchange: Answer | undefined): JsonObject {
  return isObject(exchange?.json) ? exchange.json : {};
}

/** An array member of the body, or an empty array. */
export function arrayOf(exchange: Answer | undefined, member: string): unknown[] {
  const value = body(exchange)[member];
  return Array.isArray(value) ? value : [];
}

/** "answered 400 JobNotFinished: The batch job has not finished" — a status in words for observations. */
export function answered(exchange: Answer | undefined): string {
  if (!exchange) return "was not asked";
  if (exchange.status === undefined) return `got no answer (${exchange.problem})`;
  const json = body(exchange);
  const code = typeof json.code === "string" ? ` ${json.code}` : "";
  const message =
    typeof json.message === "string" ? `: ${json.message.slice(0, 160).replace(/\.$/, "")}` : "";
  const problem = exchange.problem ? ` (${exchange.problem})` : "";
  return `answered ${exchange.status}${code}${message}${problem}`;
}

/** The first `rel` link of a links array. */
export function findLink(links: unknown, rel: string): JsonObject | undefined {
  if (!Array.isArray(links)) return undefined;
  return links.find(
    (link): link is JsonObject => isObject(link) && link.rel === rel && typeof link.href === "string",
  );
}

/** Whether an answer is an openEO error body with the given code. */
export function hasCode(exchange: Exchange, code: string): boolean {
  return body(exchange).code === code;
}

/**
 * The observation of a refusal that openEO names with `status` and `code` but lets a back-end make with its own
 * codes (or, where its rules allow, another 4xx): another answer is noted, not failed.
 */
export function answeredRefusal(exchange: Exchange, status: number, code: string): string {
  return exchange.status === status && hasCode(exchange, code)
    ? answered(exchange)
    : `${answered(exchange)} (openEO's own answer is ${status} ${code}; another is allowed)`;
}

/** Whether the answer is a refusal of the request: a 4xx. */
export function isRefusal(exchange: Exchange): boolean {
  return exchange.status !== undefined && exchange.status >= 400 && exchange.status < 500;
}

/** At most `limit` items, with "and N more". */
export function listSome(items: readonly string[], limit = 3): string {
  const shown = items.slice(0, limit).join("; ");
  return items.length > limit ? `${shown}; and ${items.length - limit} more` : shown;
}

/** Which of these field names the object lacks. */
export function missingFields(value: JsonObject, fields: readonly string[]): string[] {
  return fields.filter((field) => value[field] === undefined || value[field] === null);
}

/** The verdict on an OpenEO-Costs header: present, and a number ≥ 0. */
export function costsVerdict(exchange: Exchange): Outcome {
  const problem = costsProblem(exchange.headers);
  return problem ? fail(problem) : pass(`OpenEO-Costs: ${exchange.headers.get("openeo-costs")}`);
}

/** The verdict on a list page (`GET /jobs`, logs): 200 with an array `member` and a `links` array. */
export function listPageVerdict(exchange: Exchange, request: string, member: string, noun: string): Outcome {
  if (exchange.status !== 200) return fail(`${request} ${answered(exchange)}`);
  const { [member]: items, links } = body(exchange);
  const state = (value: unknown) => (Array.isArray(value) ? "an array" : "missing");
  return Array.isArray(items) && Array.isArray(links)
    ? pass(`${items.length} ${noun}, ${links.length} links`)
    : fail(`${member} is ${state(items)}, links is ${state(links)}`);
}
