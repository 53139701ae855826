import { isErrorObject, isJobFailure } from "../internal/error-body.js";
import type { Contract } from "./contract.js";
import { contractBody, responseJson } from "./exchange-body.js";
import type { ProxiedExchange } from "./proxied-exchange.js";
import type { Verdicts } from "./verdicts.js";

/** The success status each state-changing operation must use (the Python client accepts nothing else). */
const SUCCESS: Readonly<Record<string, { check: string; allowed: readonly number[] }>> = {
  "POST /jobs": { check: "jobs.create.status-201", allowed: [201] },
  "POST /jobs/{job_id}/results": { check: "jobs.start.status-202", allowed: [202] },
  "DELETE /jobs/{job_id}/results": { check: "cancel.status", allowed: [202, 204] },
  "DELETE /jobs/{job_id}": { check: "jobs.delete.status-204", allowed: [204] },
  "PATCH /jobs/{job_id}": { check: "jobs.update.status-204", allowed: [204] },
};
const EXPOSED = ["location", "openeo-identifier", "openeo-costs", "link"];

const header = (exchange: ProxiedExchange, name: string) => exchange.responseHeaders.get(name);

function headerList(exchange: ProxiedExchange, name: string): string[] {
  return (header(exchange, name) ?? "")
    .split(",")
    .map((value) => value.trim().toLowerCase())
    .filter(Boolean);
}

function judgeSuccessStatus(exchange: ProxiedExchange, operation: string, verdicts: Verdicts): void {
  const rule = SUCCESS[operation];
  const status = exchange.status as number;
  if (!rule || status < 200 || status > 299) return;
  const ok = rule.allowed.includes(status);
  verdicts.judge(
    rule.check,
    "server",
    exchange,
    ok ? undefined : `${operation} answered ${status}, expected ${rule.allowed.join(" or ")}`,
  );
}

function judgeCreationHeaders(exchange: ProxiedExchange, operation: string, verdicts: Verdicts): void {
  if (operation !== "POST /jobs" || exchange.status !== 201) return;
  const location = header(exchange, "location");
  let locationId: string | undefined;
  try {
    locationId = location ? /\/jobs\/([^/]+)\/?$/.exec(new URL(location).pathname)?.[1] : undefined;
  } catch {
    locationId = undefined;
  }
  verdicts.judge(
    "jobs.create.location",
    "server",
    exchange,
    locationId
      ? undefined
      : `Location is ${location === null ? "missing" : `"${location}", not an absolute URL ending in /jobs/{id}`}`,
  );
  const identifier = header(exchange, "openeo-identifier");
  const problem =
    identifier === null
      ? "OpenEO-Identifier is missing"
      : locationId !== undefined && decodeURIComponent(locationId) !== identifier
        ? `OpenEO-Identifier "${identifier}" does not name the job of Location ${location}`
        : undefined;
  verdicts.judge("jobs.create.identifier", "server", exchange, problem);
}

function judgeErrorBody(exchange: ProxiedExchange, verdicts: Verdicts): void {
  if ((exchange.status as number) < 400 || exchange.method === "HEAD" || !exchange.bodyJudgeable) return;
  const json = responseJson(exchange);
  // the 424 of a failed job's results is a log entry in the API document, not an error object
  const ok = exchange.status === 424 ? isJobFailure(json) : isErrorObject(json);
  verdicts.judge(
    "errors.body",
    "server",
    exchange,
    ok ? undefined : `${exchange.status} answer is not a JSON error with code and message`,
  );
}

function judgeCors(exchange: ProxiedExchange, verdicts: Verdicts): void {
  if (!exchange.requestHeaders.has("origin")) return;
  const allowOrigin = header(exchange, "access-control-allow-origin");
  if (exchange.method === "OPTIONS") {
    const status = exchange.status as number;
    const ok =
      status >= 200 && status < 300 && allowOrigin && header(exchange, "access-control-allow-methods");
    verdicts.judge(
      "cors.preflight",
      "server",
      exchange,
      ok ? undefined : `preflight answered ${status} without Access-Control-Allow-Origin/-Methods`,
    );
    return;
  }
  verdicts.judge(
    "cors.allow-origin",
    "server",
    exchange,
    allowOrigin ? undefined : "an Origin was sent; the answer has no Access-Control-Allow-Origin",
  );
  const exposed = headerList(exchange, "access-control-expose-headers");
  const lacking = exposed.includes("*") ? [] : EXPOSED.filter((name) => !exposed.includes(name));
  verdicts.judge(
    "cors.expose-headers",
    "server",
    exchange,
    lacking.length > 0 ? `Access-Control-Expose-Headers lacks ${lacking.join(", ")}` : undefined,
  );
}

function judgeContract(
  exchange: ProxiedExchange,
  path: string,
  contract: Contract,
  verdicts: Verdicts,
): void {
  const problems = contract.validateResponse({
    method: exchange.method,
    path,
    status: exchange.status as number,
    headers: exchange.responseHeaders,
    body: contractBody(exchange),
  });
  verdicts.judge(
    "spec.responses",
    "server",
    exchange,
    problems.length > 0
      ? `breaks the ${contract.judgedAs} contract: ${problems.slice(0, 3).join("; ")}`
      : undefined,
  );
}

/**
 * The server side of an exchange that got an answer: success statuses and headers of the operation, the error
 * format, CORS when an Origin was sent, then the contract (left out when a specific check already blamed it).
 * `template` is the contract's path template, or undefined outside the API.
 */
export function judgeResponse(
  exchange: ProxiedExchange,
  api: { path: string; template: string } | undefined,
  contract: Contract,
  verdicts: Verdicts,
): void {
  if (exchange.status === undefined) return;
  const operation = api ? `${exchange.method} ${api.template}` : undefined;
  if (operation) {
    judgeSuccessStatus(exchange, operation, verdicts);
    judgeCreationHeaders(exchange, operation, verdicts);
  }
  if (api && !verdicts.blamed(exchange)) judgeErrorBody(exchange, verdicts);
  if (!verdicts.blamed(exchange)) judgeCors(exchange, verdicts);
  const judgeable = api && exchange.bodyJudgeable && contract.hasOperation(exchange.method, api.template);
  if (judgeable && exchange.method !== "HEAD" && !verdicts.blamed(exchange))
    judgeContract(exchange, api.path, contract, verdicts);
}
