import type { components } from "./generated/openapi.js";

/** A method a back-end may list for an endpoint of its capabilities (`GET /` → `endpoints[].methods`). */
export type EndpointMethod = components["schemas"]["capabilities"]["endpoints"][number]["methods"][number];

/** Every method the capabilities may list for an endpoint, in the contract's order. */
export const ENDPOINT_METHODS = [
  "GET",
  "POST",
  "PATCH",
  "PUT",
  "DELETE",
  "OPTIONS",
] as const satisfies readonly EndpointMethod[];
