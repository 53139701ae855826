import { isObject } from "../../internal/scenarios/answers.js";

/** `GET /jobs/{job_id}` → `GET /jobs/{}`. */
export function endpointKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, "{}").replace(/(.)\/$/, "$1")}`;
}

/** Reads the capabilities' endpoint list into `METHOD /path/{}` keys; undefined when it is unusable. */
export function listedEndpoints(capabilities: unknown): Set<string> | undefined {
  if (!isObject(capabilities) || !Array.isArray(capabilities.endpoints)) return undefined;
  const keys = new Set<string>();
  for (const endpoint of capabilities.endpoints) {
    if (!isObject(endpoint) || typeof endpoint.path !== "string" || !Array.isArray(endpoint.methods))
      continue;
    for (const method of endpoint.methods) {
      if (typeof method === "string") keys.add(endpointKey(method, endpoint.path));
    }
  }
  return keys;
}
