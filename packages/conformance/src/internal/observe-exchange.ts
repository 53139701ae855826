import { createHash } from "node:crypto";
import type { Observed, ObservedTarget } from "../judges/observed.js";
import { contractFor } from "../proxy/contract.js";
import type { Exchange } from "./probe.js";
import type { Session } from "./session.js";

function requestHeaders(exchange: Exchange): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(exchange.evidence.requestHeaders)) {
    // the evidence holds them redacted; the judges ask which were sent, not their values
    headers.set(name, value.replace(/[^\t\x20-\x7e]/g, "?"));
  }
  return headers;
}

/** The target of a request to `path` of the API, judged by the contract of `version`. */
export function apiTarget(path: string, version: string | undefined): ObservedTarget {
  const matched = contractFor(version).validator.matchPath(path);
  return matched ? { kind: "api", path, template: matched.template, version } : { kind: "other" };
}

/** What an exchange of the run went to, by the endpoint the session noted for it. */
export function runTarget(s: Session, exchange: Exchange): ObservedTarget {
  const info = s.apiInfo.get(exchange.seq);
  if (!info) return { kind: "other" };
  const announced = s.discovered?.apiVersion ?? s.capabilities.api_version;
  return apiTarget(info.path, typeof announced === "string" ? announced : undefined);
}

/** An exchange the run made, as the shared judges see it; `target` is what it went to. */
export function observeExchange(exchange: Exchange, target: ObservedTarget): Observed {
  const whole = exchange.status !== undefined && exchange.complete && !exchange.problem;
  return {
    seq: exchange.seq,
    method: exchange.method,
    url: exchange.url,
    requestHeaders: requestHeaders(exchange),
    requestJson: exchange.requestJson,
    target,
    status: exchange.status,
    responseHeaders: exchange.headers,
    body: exchange.complete ? exchange.bytes : undefined,
    json: exchange.complete && exchange.isJson ? exchange.json : undefined,
    bodyBytes: exchange.bytes.length,
    sha256:
      whole && target.kind === "asset"
        ? createHash("sha256").update(exchange.bytes).digest("hex")
        : undefined,
    problem: exchange.problem,
    observedAt: exchange.receivedAt,
    ...(exchange.targetTime === undefined ? {} : { targetTime: exchange.targetTime }),
    evidence: exchange.evidence,
  };
}
