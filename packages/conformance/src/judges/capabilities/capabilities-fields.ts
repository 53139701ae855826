import { requiredFields } from "../../internal/contract-fields.js";
import { isObject, missingFields } from "../../internal/scenarios/answers.js";
import { breaks, conforms, type Finding, judgedCheck } from "../judged-check.js";
import type { Observed } from "../observed.js";

function capabilitiesProblem(exchange: Observed, version: string | undefined): string | undefined {
  const caps = exchange.json;
  if (!isObject(caps)) return "GET / did not answer JSON";
  const missing = missingFields(caps, requiredFields("capabilities", version ?? caps.api_version));
  if (missing.length > 0) return `the capabilities lack ${missing.join(", ")}`;
  if (!Array.isArray(caps.endpoints) || !Array.isArray(caps.links))
    return "endpoints and links must be arrays";
  return undefined;
}

function judgeCapabilities(exchange: Observed): Finding | undefined {
  const { target, status } = exchange;
  if (target.kind !== "api" || target.template !== "/" || exchange.method !== "GET") return undefined;
  // no answer at all is server.answers' in the proxy; a run stops there as the target is unreachable
  if (status === undefined) return undefined;
  // rule 102 lets a back-end refuse credentials it finds invalid, even where none are needed
  if ((status === 401 || status === 403) && exchange.requestHeaders.has("authorization")) return undefined;
  if (status !== 200) return breaks(`GET / answered ${status}`);
  if (exchange.problem) return breaks(`no answer: GET ${exchange.url.href}: ${exchange.problem}`);
  if (exchange.body === undefined) return undefined;
  const problem = capabilitiesProblem(exchange, target.version);
  return problem ? breaks(problem) : conforms;
}

/**
 * Rule 30: the capabilities. `GET /` needs no credentials (its security is `[{}]`); a request that carries some,
 * even in the legacy `basic//` or `oidc/…/` forms that API 1.3.0 says must still be accepted, still gets them.
 */
export const capabilitiesFields = judgedCheck({
  id: "capabilities.fields",
  scenario: "discovery",
  level: "L1",
  rules: [30],
  needs: [],
  expectation:
    "GET / answers 200 (without auth, and with any credentials it does not refuse with 401/403) with api_version, backend_version, stac_version, id, title, description, endpoints and links",
  unjudged: "no GET / went through",
  judge: judgeCapabilities,
});
