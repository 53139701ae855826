import type { components } from "@jobkit/spec";

/** A schema of the contract, by name: the type a route's JSON answer must satisfy. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];
