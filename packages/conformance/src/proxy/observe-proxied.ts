import type { Observed, ObservedTarget } from "../judges/observed.js";
import type { Evidence } from "../types.js";
import { requestJson } from "./exchange-body.js";
import { exchangeEvidence } from "./exchange-evidence.js";
import type { ProxiedExchange } from "./proxied-exchange.js";

/** An exchange the proxy relayed, as the shared judges see it (its evidence is made only when a report asks). */
export function observeProxied(exchange: ProxiedExchange, target: ObservedTarget, json: unknown): Observed {
  let evidence: Evidence | undefined;
  return {
    seq: exchange.seq,
    method: exchange.method,
    url: exchange.upstreamUrl,
    requestHeaders: exchange.requestHeaders,
    requestJson: requestJson(exchange),
    target,
    status: exchange.status,
    responseHeaders: exchange.responseHeaders,
    body: exchange.bodyJudgeable ? exchange.responseBody : undefined,
    json,
    bodyBytes: exchange.responseBodyBytes,
    sha256: exchange.sha256,
    problem: exchange.problem,
    observedAt: Date.parse(exchange.startedAt) + exchange.durationMs,
    get evidence() {
      evidence ??= exchangeEvidence(exchange);
      return evidence;
    },
  };
}
