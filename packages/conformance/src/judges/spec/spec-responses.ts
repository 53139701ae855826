import { contractFor } from "../../proxy/contract.js";
import { breaks, conforms, judgedCheck } from "../judged-check.js";
import type { Observed } from "../observed.js";

const TEXT = /^(text\/|application\/([\w.+-]*\+)?json)/i;

/** The body as the contract sees it: the JSON, a marker for text that is not JSON, nothing for binary or empty. */
function contractBody(exchange: Observed): unknown {
  if (exchange.json !== undefined) return exchange.json;
  const text =
    (exchange.body?.length ?? 0) > 0 && TEXT.test(exchange.responseHeaders.get("content-type") ?? "");
  return text ? "<not JSON>" : undefined;
}

/** The API document's OpenAPI contract: every answer of an operation it documents matches it. */
export const specResponses = judgedCheck({
  id: "spec.responses",
  scenario: "overall",
  level: "L1",
  rules: [],
  basis: "API: the OpenAPI document of the version",
  needs: [],
  expectation:
    "every answer matches the jobkit OpenAPI contract: documented status, required headers, body schema",
  unjudged: "no answer of an operation the contract documents",
  judge: (exchange) => {
    const { target, status } = exchange;
    if (target.kind !== "api" || status === undefined || exchange.body === undefined) return undefined;
    if (exchange.method === "HEAD" || exchange.method === "OPTIONS") return undefined;
    const contract = contractFor(target.version);
    if (!contract.hasOperation(exchange.method, target.template)) return undefined;
    const found = contract.validateResponse({
      method: exchange.method,
      path: target.path,
      status,
      headers: exchange.responseHeaders,
      body: contractBody(exchange),
    });
    return found.length > 0
      ? breaks(`breaks the ${contract.judgedAs} contract: ${found.slice(0, 3).join("; ")}`)
      : conforms;
  },
});
