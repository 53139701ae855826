import type { Contract } from "./contract.js";
import { isJsonType, parseJson } from "./exchange-body.js";
import type { ProxiedExchange } from "./proxied-exchange.js";
import type { Verdicts } from "./verdicts.js";

const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);

/** The client side of an exchange to an operation of the contract: auth, content type, JSON, schema. */
export function judgeRequest(
  exchange: ProxiedExchange,
  template: string,
  contract: Contract,
  verdicts: Verdicts,
  capBytes: number,
): void {
  const { method } = exchange;
  if (contract.needsAuth(method, template)) {
    const auth = exchange.requestHeaders.get("authorization");
    verdicts.judge(
      "client.auth",
      "client",
      exchange,
      auth
        ? undefined
        : `${method} ${template} needs authentication, the request had no Authorization header`,
    );
  }
  if (!BODY_METHODS.has(method) || exchange.requestBodyBytes === 0) return;
  const type = exchange.requestHeaders.get("content-type");
  if (!contract.takesJson(method, template)) return;
  verdicts.judge(
    "client.content-type",
    "client",
    exchange,
    isJsonType(type) ? undefined : `a JSON body was sent with Content-Type ${type ?? "(none)"}`,
  );
  if (exchange.requestBodyBytes > capBytes) return;
  const parsed = parseJson(exchange.requestBody);
  verdicts.judge("client.json", "client", exchange, parsed.ok ? undefined : "the request body is not JSON");
  if (!parsed.ok) return;
  const problems = contract.validator.validateRequestBody(method, template, parsed.value);
  verdicts.judge(
    "client.contract",
    "client",
    exchange,
    problems.length > 0
      ? `the request body breaks the contract: ${problems.slice(0, 3).join("; ")}`
      : undefined,
  );
}
