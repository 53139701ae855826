import { answered } from "../../internal/scenarios/answers.js";
import { breaks, conformsAs, type Finding } from "../judged-check.js";
import { type Observed, templateOf } from "../observed.js";

/** Whether an exchange went to the API operation `method template` (`POST /jobs/{job_id}/results`). */
export function isOperation(exchange: Observed, method: string, template: string): boolean {
  return exchange.method === method && templateOf(exchange) === template;
}

/** Whether an exchange got a 2xx answer. */
export function succeeded(exchange: Observed): boolean {
  return exchange.status !== undefined && exchange.status >= 200 && exchange.status < 300;
}

/**
 * The success status of an operation (already matched): one of `allowed` (each status with what it shows). Any
 * other 2xx breaks the rule; a refusal or no answer breaks it only when the request was made knowing it valid
 * (a run's), and is not judged otherwise (the proxy cannot know whether the client's request was valid).
 * `request` names the operation in the observation.
 */
export function successStatus(
  exchange: Observed,
  request: string,
  allowed: readonly (readonly [number, string])[],
): Finding | undefined {
  if (!succeeded(exchange) && !exchange.madeValid) return undefined;
  const kept = allowed.find(([status]) => status === exchange.status);
  if (kept) return conformsAs(kept[1]);
  return breaks(
    `${request} ${answered(exchange)}; expected ${allowed.map(([status]) => status).join(" or ")}`,
  );
}
