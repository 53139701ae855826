import { ENDPOINT_METHODS } from "@jobkit/spec/facts";
import { isObject, listSome } from "../../internal/scenarios/answers.js";
import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { capabilitiesAnswer } from "./capabilities-answer.js";
import { listedEndpoints } from "./listed-endpoints.js";

/** The methods the contract lets capabilities list (OPTIONS included). */
const METHODS: ReadonlySet<string> = new Set(ENDPOINT_METHODS);
/** What a batch client needs once a back-end offers POST /jobs. */
const BATCH_ENDPOINTS = [
  "GET /jobs",
  "POST /jobs",
  "GET /jobs/{}",
  "DELETE /jobs/{}",
  "POST /jobs/{}/results",
  "GET /jobs/{}/results",
  "DELETE /jobs/{}/results",
];

/** What is wrong with one entry of the endpoints array, if anything. */
function endpointProblem(endpoint: unknown): string | undefined {
  if (!isObject(endpoint) || typeof endpoint.path !== "string" || !endpoint.path.startsWith("/"))
    return `${JSON.stringify(endpoint)} has no path starting with /`;
  if (!Array.isArray(endpoint.methods) || endpoint.methods.length === 0)
    return `${endpoint.path} lists no methods`;
  const odd = endpoint.methods.filter((method) => typeof method !== "string" || !METHODS.has(method));
  return odd.length > 0
    ? `${endpoint.path} lists ${odd.map((m) => JSON.stringify(m)).join(", ")} (methods are UPPERCASE ${ENDPOINT_METHODS.join(", ")})`
    : undefined;
}

/** Rule 31: every endpoint is listed with its path and methods, and a batch back-end lists the whole batch set. */
export const capabilitiesEndpoints = judgedCheck({
  id: "capabilities.endpoints",
  scenario: "discovery",
  level: "L1",
  rules: [31],
  needs: [],
  expectation:
    "endpoints have a path and UPPERCASE methods, and a back-end listing POST /jobs lists every endpoint a batch client needs",
  unjudged: "no GET / went through",
  judge: (exchange) => {
    const answer = capabilitiesAnswer(exchange);
    if (!answer) return undefined;
    const { endpoints } = answer.caps;
    if (!Array.isArray(endpoints)) return breaks("there is no endpoints array");
    const problems = endpoints.flatMap((endpoint) => endpointProblem(endpoint) ?? []);
    const listed = listedEndpoints(answer.caps) ?? new Set<string>();
    if (listed.has("POST /jobs")) {
      const absent = BATCH_ENDPOINTS.filter((endpoint) => !listed.has(endpoint));
      if (absent.length > 0) problems.push(`POST /jobs is listed but not ${absent.join(", ")}`);
    }
    return problems.length > 0 ? breaks(listSome(problems)) : conforms;
  },
});
