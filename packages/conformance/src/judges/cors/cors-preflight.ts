import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { type Observed, responseHeaderList } from "../observed.js";
import { isPreflight } from "./is-preflight.js";

const list = (value: string | null) =>
  (value ?? "")
    .split(",")
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);

function preflightProblems(exchange: Observed): string[] {
  const status = exchange.status;
  const problems: string[] = [];
  if (status === undefined || status < 200 || status > 299)
    problems.push(status === undefined ? `no answer (${exchange.problem})` : `answered ${status}`);
  if (!exchange.responseHeaders.get("access-control-allow-origin"))
    problems.push("no Access-Control-Allow-Origin");
  const asked = (exchange.requestHeaders.get("access-control-request-method") ?? "").toLowerCase();
  const methods = responseHeaderList(exchange, "access-control-allow-methods");
  if (!methods.includes(asked) && !methods.includes("*"))
    problems.push(`Access-Control-Allow-Methods is "${methods.join(", ")}" without ${asked.toUpperCase()}`);
  const allowed = responseHeaderList(exchange, "access-control-allow-headers");
  for (const needed of list(exchange.requestHeaders.get("access-control-request-headers"))) {
    // the Fetch standard: `*` never covers Authorization
    const covered = allowed.includes(needed) || (needed !== "authorization" && allowed.includes("*"));
    if (!covered) problems.push(`Access-Control-Allow-Headers does not list ${needed}`);
  }
  return problems;
}

/** Rule 1: a CORS preflight is answered with 2xx and allows the origin, method and headers it asked for. */
export const corsPreflight = judgedCheck({
  id: "cors.preflight",
  scenario: "discovery",
  level: "L1",
  rules: [1],
  needs: [],
  expectation:
    "OPTIONS answers a CORS preflight with 2xx, Allow-Origin, and Allow-Methods and Allow-Headers covering what it asked for (the kit asks for POST with Authorization and Content-Type)",
  unjudged: "no CORS preflight was sent",
  judge: (exchange) => {
    if (!isPreflight(exchange)) return undefined;
    const problems = preflightProblems(exchange);
    return problems.length > 0 ? breaks(problems.join("; ")) : conforms;
  },
});
