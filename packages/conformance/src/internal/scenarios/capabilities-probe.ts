import { capabilitiesListedMethods } from "../../judges/capabilities/capabilities-listed-methods.js";
import {
  answersAsImplemented,
  capabilitiesUnlisted,
} from "../../judges/capabilities/capabilities-unlisted.js";
import type { Exchange } from "../probe.js";
import { noTokenReason, type Session } from "../session.js";
import { judgeScenario } from "./judge-scenario.js";

/** The id the capabilities probes ask for (not the error checks' unknown job, so that each judges its own). */
const PROBE_ID = "jobkit-conformance-probe";

/**
 * Endpoints the kit asks about when the capabilities leave them out, with how it asks (unknown job ids): each
 * answers a back-end that has it with 200, or with 404 JobNotFound for the unknown job. `GET /conformance`
 * (which the python-driver dummy answers unlisted) is public: it is asked without a token too.
 */
const CANDIDATES: readonly (readonly [method: string, endpoint: string])[] = [
  ["GET", "/conformance"],
  ["GET", "/me"],
  ["GET", "/jobs"],
  ["GET", "/process_graphs"],
  ["GET", "/files"],
  ["GET", "/jobs/{}"],
  ["PATCH", "/jobs/{}"],
  ["DELETE", "/jobs/{}"],
  ["POST", "/jobs/{}/results"],
  ["GET", "/jobs/{}/results"],
  ["GET", "/jobs/{}/logs"],
];

/** The candidates openEO lets anyone call: asked without credentials. */
const PUBLIC = new Set(["GET /conformance"]);

/** One request of an endpoint template, its holes filled with the unknown job id; writes send `{}`. */
async function ask(s: Session, method: string, endpoint: string): Promise<Exchange> {
  const params = (endpoint.match(/\{\}/g) ?? []).map(() => PROBE_ID);
  const auth = PUBLIC.has(`${method} ${endpoint}`) ? ("none" as const) : "main";
  return s.api(method, endpoint, { params, auth, ...(method === "PATCH" ? { json: {} } : {}) });
}

const shown = (method: string, endpoint: string) => `${method} ${endpoint.replace(/\{\}/g, "{id}")}`;

/**
 * Asks the candidate endpoints the capabilities do not list (rule 31: every implemented endpoint is listed).
 * One that answers counts as supported for the rest of the run, so its checks run; the check names each.
 */
export async function unlistedEndpoints(s: Session): Promise<void> {
  // Asked whether or not the check is selected: what answers decides which other checks run.
  if (s.endpoints === undefined) return;
  const asked: [string, Exchange][] = [];
  for (const [method, endpoint] of CANDIDATES) {
    const key = `${method} ${endpoint}`;
    if (s.endpoints.has(key) || (!s.token && !PUBLIC.has(key))) continue;
    const exchange = await ask(s, method, endpoint);
    asked.push([shown(method, endpoint), exchange]);
    if (answersAsImplemented(exchange)) s.answersUnlisted.add(key);
  }
  const noToken = s.token ? {} : { noToken: noTokenReason(s.options.credentials) };
  await judgeScenario(s, capabilitiesUnlisted, { asked, ...noToken });
}

/** Listed endpoints with path parameters the kit may ask with unknown ids: no PUT (it would store a file). */
function askable(s: Session): [method: string, endpoint: string][] {
  return [...(s.endpoints ?? [])]
    .map((key) => key.split(" ") as [string, string])
    .filter(
      ([method, endpoint]) => endpoint.includes("{}") && ["GET", "PATCH", "DELETE", "POST"].includes(method),
    );
}

/**
 * Every listed endpoint with path parameters, asked for an unknown resource, answers as one that exists (rule 32:
 * nothing is listed that is not implemented). `capabilities.no-broken` asks the GET endpoints without parameters.
 */
export async function listedMethods(s: Session): Promise<void> {
  if (!s.runs("capabilities.listed-methods")) return;
  const asked: [string, Exchange][] = [];
  for (const [method, endpoint] of askable(s).slice(0, 40))
    asked.push([shown(method, endpoint), await ask(s, method, endpoint)]);
  await judgeScenario(s, capabilitiesListedMethods, asked);
}
