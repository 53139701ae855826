import { SHARED_CHECKS } from "../judges/judged-checks.js";
import type { CheckDefinition } from "../types.js";

function rule(id: string, expectation: string): CheckDefinition {
  return Object.freeze({
    id,
    source: "openeo",
    rules: [],
    level: "L1",
    scenario: "proxy",
    expectation,
    needs: [],
  });
}

/** Rules only the proxy judges: the client's requests, and whether the upstream answers at all. */
const PROXY_ONLY: readonly CheckDefinition[] = [
  rule("client.auth", "requests to endpoints that need authentication carry an Authorization header"),
  rule(
    "client.content-type",
    "a request body for a JSON operation is sent with Content-Type application/json",
  ),
  rule("client.json", "a request body for a JSON operation is JSON"),
  rule(
    "client.contract",
    "request bodies match the contract (a process has a process_graph; job and sync fields have their types)",
  ),
  rule("server.answers", "the upstream answers every request, whole, within the proxy's budgets"),
];

/** Every rule the proxy judges, in report order. */
export const PROXY_RULES: readonly CheckDefinition[] = Object.freeze([...PROXY_ONLY, ...SHARED_CHECKS]);
