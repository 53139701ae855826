import { isObject, type JsonObject } from "../../internal/scenarios/answers.js";
import type { Observed } from "../observed.js";

/**
 * The capabilities an exchange answered, for the judges of their content: every answered `GET /` (an error's body
 * lacks what they look for), except a refusal of credentials (rule 102, see capabilities.fields); undefined for any
 * other exchange.
 */
export function capabilitiesAnswer(exchange: Observed): { readonly caps: JsonObject } | undefined {
  const { target, status } = exchange;
  if (target.kind !== "api" || target.template !== "/" || exchange.method !== "GET") return undefined;
  if (status === undefined || exchange.body === undefined) return undefined;
  if ((status === 401 || status === 403) && exchange.requestHeaders.has("authorization")) return undefined;
  return { caps: isObject(exchange.json) ? exchange.json : {} };
}
