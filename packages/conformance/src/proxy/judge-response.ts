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

const header = (exchange: ProxiedExchange, name: string) => exchange.responseHeaders.get(name);

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

/**
 * The server side of an exchange that got an answer, by what its operation promises: the success status and the
 * creation headers. The rules over every answer (error format, CORS, contract) are the shared judges'.
 * `template` is the contract's path template, or undefined outside the API.
 */
export function judgeResponse(
  exchange: ProxiedExchange,
  api: { path: string; template: string } | undefined,
  verdicts: Verdicts,
): void {
  if (exchange.status === undefined || !api) return;
  const operation = `${exchange.method} ${api.template}`;
  judgeSuccessStatus(exchange, operation, verdicts);
  judgeCreationHeaders(exchange, operation, verdicts);
}
